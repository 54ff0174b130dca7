package org.shelfline.platform;

import java.util.List;
import org.shelfline.brand.Brand;

/** A brand and the usernames of its admins. */
public record BrandAdmins(Brand brand, List<String> admins) {}
