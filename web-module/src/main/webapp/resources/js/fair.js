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

    /** Time left as the server writes it (Labels.countdown): "04:05", "1:04:05", "2 d 1:04:05". */
    formatLeft: function (millis, daysPattern) {
        var seconds = Math.max(0, Math.ceil(millis / 1000));
        var days = Math.floor(seconds / 86400);
        var hours = Math.floor(seconds % 86400 / 3600);
        var minutes = Math.floor(seconds % 3600 / 60);
        var two = function (n) {
            return (n < 10 ? '0' : '') + n;
        };
        var clock = hours > 0 || days > 0
            ? hours + ':' + two(minutes) + ':' + two(seconds % 60)
            : two(minutes) + ':' + two(seconds % 60);
        return days > 0 ? daysPattern.replace('{0}', days).replace('{1}', clock) : clock;
    },

    /**
     * Counts every .countdown on the page (tag countdown.xhtml: data-millis left at rendering, data-pattern
     * "Starts in {0}") down to the second, and reloads the page when the first reaches zero: a fair has
     * opened or closed.
     */
    countdown: function () {
        var cells = document.querySelectorAll('.countdown');
        if (cells.length === 0 || shelfline.fair.counting) {
            return;
        }
        shelfline.fair.counting = true;
        var rendered = Date.now();
        var soonest = Infinity;
        var tick = function () {
            var elapsed = Date.now() - rendered;
            cells.forEach(function (cell) {
                var left = Number(cell.getAttribute('data-millis')) - elapsed;
                cell.textContent = cell.getAttribute('data-pattern')
                    .replace('{0}', shelfline.fair.formatLeft(left, cell.getAttribute('data-days')));
            });
        };
        cells.forEach(function (cell) {
            soonest = Math.min(soonest, Number(cell.getAttribute('data-millis')));
        });
        window.setInterval(tick, 1000);
        shelfline.fair.openAt(soonest);
    }
};
