// Fixes for Emscripten 3.1.6's IDBFS (upstream fixed them later):
// - a transaction aborted for quota never called back, so a save hung forever;
// - error handlers passed `this.error` (undefined) instead of the real error.
(function () {
  if (typeof IDBFS == 'undefined') return;
  var original = IDBFS.reconcile;
  IDBFS.reconcile = function (src, dst, callback) {
    var db = src.type === 'remote' ? src.db : dst.db;
    var realTransaction = db.transaction;
    var reported = false;
    var once = function (err) {
      if (reported) return;
      reported = true;
      callback(err);
    };
    // Intercept the one transaction reconcile opens, to add the missing abort handler.
    db.transaction = function () {
      var tx = realTransaction.apply(db, arguments);
      db.transaction = realTransaction;
      var onerror = tx.onerror;
      Object.defineProperty(tx, 'onerror', {
        configurable: true,
        set: function () {
          tx.addEventListener('error', function (e) { e.preventDefault(); once(e.target.error || new Error('IndexedDB error')); });
        },
        get: function () { return onerror; },
      });
      tx.addEventListener('abort', function (e) { once(tx.error || (e.target && e.target.error) || new Error('IndexedDB transaction aborted')); });
      return tx;
    };
    try {
      original(src, dst, once);
    } finally {
      db.transaction = realTransaction;
    }
  };
})();
