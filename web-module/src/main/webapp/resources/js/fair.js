/* The shop's fair page: what the live feed (FairFeed) pushes, and opening the page when the fair starts. */
var shelfline = window.shelfline || {};
window.shelfline = shelfline;

shelfline.fair = {
    /** A feed message: {remaining: {offerId: cases}} or {announcement: true}. */
    onMessage: function (message) {
        if (message.remaining) {
            Object.keys(message.remaining).forEach(function (offerId) {
                var cell = document.querySelector('.offer-remaining[data-offer="' + offerId + '"]');
                if (cell) {
                    cell.textContent = message.remaining[offerId];
                }
            });
        }
        if (message.announcement && window.refreshAnnouncements) {
            window.refreshAnnouncements();
        }
    },

    /** Reloads the page when the fair opens, a few seconds spread so the shops waiting do not all ask at once. */
    openAt: function (millisToStart) {
        // Browsers fire a timeout longer than 2^31 - 1 ms (about 24 days) at once: not for fairs that far off.
        if (!(millisToStart < 86400000)) {
            return;
        }
        window.setTimeout(function () {
            window.location.reload();
        }, Math.max(0, millisToStart) + Math.floor(Math.random() * 3000));
    },

    /**
     * The fairs list: counts each upcoming fair's minutes down in the page (.fair-countdown with
     * data-starts-in, millis at rendering, and data-pattern, "Starts in {0} min") and reloads the list
     * when the first one opens.
     */
    countdown: function () {
        var cells = document.querySelectorAll('.fair-countdown');
        if (cells.length === 0) {
            return;
        }
        var rendered = Date.now();
        var soonest = Infinity;
        var tick = function () {
            var elapsed = Date.now() - rendered;
            cells.forEach(function (cell) {
                var left = Number(cell.getAttribute('data-starts-in')) - elapsed;
                cell.textContent = cell.getAttribute('data-pattern').replace('{0}', Math.max(1, Math.ceil(left / 60000)));
            });
        };
        cells.forEach(function (cell) {
            soonest = Math.min(soonest, Number(cell.getAttribute('data-starts-in')));
        });
        window.setInterval(tick, 15000);
        shelfline.fair.openAt(soonest);
    }
};
