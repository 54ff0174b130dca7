package org.shelfline.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.shelfline.fair.Fair;
import org.shelfline.fair.ShopFairs;

/** Backs shop/fairs.xhtml: the fairs the shop is invited to, open now or coming up. */
@Named("shopFairsView")
@RequestScoped
public class FairsView {

    @Inject
    ShopFairs fairs;

    @Inject
    Clock clock;

    private List<Fair> upcoming;

    @PostConstruct
    void load() {
        upcoming = fairs.upcoming();
    }

    public boolean isOpen(Fair fair) {
        return fair.isOpenAt(clock.instant());
    }

    /** Until the fair opens (0 once open); the page counts down from it. */
    public long millisToStart(Fair fair) {
        return Math.max(0, Duration.between(clock.instant(), fair.getStartsAt()).toMillis());
    }

    public List<Fair> getFairs() {
        return upcoming;
    }
}
