package org.shelfline.store;

/** The tier a brand gives a verified store; price lists can target a tier. */
public enum StoreTier {
    STANDARD,
    SILVER,
    GOLD
}
