// Every file the app opens is first asked whether it is a passphrase-protected envelope; one that
// says so is read for its parameters (isEnvelope, readEnvelope, base64Length). An envelope read
// back from its own JSON must be the same.
#include "core/sharing/encrypted_envelope.h"
#include "fuzz_common.h"

using namespace prevplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text(data, size);
    (void)base64Length(text);
    (void)isEnvelope(text);
    // Its answer for any text is an envelope or why not, so it is asked whatever the sniff says.
    const EnvelopeRead read = readEnvelope(text);
    if (!read.envelope) return 0;
    const Envelope& e = *read.envelope;
    const std::string written = envelopeToJson(e);
    fuzz::require(isEnvelope(written));
    const EnvelopeRead again = readEnvelope(written);
    fuzz::require(again.envelope.has_value());
    const Envelope& f = *again.envelope;
    fuzz::require(f.contents == e.contents && f.iterations == e.iterations && f.salt == e.salt && f.iv == e.iv &&
                  f.data == e.data);
    return 0;
}
