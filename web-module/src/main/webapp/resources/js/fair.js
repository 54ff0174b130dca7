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
        window.setTimeout(function () {
            window.location.reload();
        }, Math.max(0, millisToStart) + Math.floor(Math.random() * 3000));
    }
};
