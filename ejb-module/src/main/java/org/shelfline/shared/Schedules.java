package org.shelfline.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the business schedules (acceptance deadlines, credit hold reviews, monthly statements, the
 * fair claim sweep, the token purge) run by themselves. The tests switch them off
 * ({@code -Dshelfline.schedules=off}) and call the work they need: a timer that fires in the middle of a
 * test changes what it is about to assert. Each schedule's work is a public method for that reason.
 */
@ApplicationScoped
public class Schedules {

    @Inject
    @ConfigProperty(name = "shelfline.schedules", defaultValue = "on")
    String schedules;

    public boolean off() {
        return "off".equalsIgnoreCase(schedules.strip());
    }
}
