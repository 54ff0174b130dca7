package org.shelfline.stock;

/** One line of a stock upload: warehouse code, brand code, SKU code, cases on hand. */
public record StockCount(int line, String warehouseCode, String brandCode, String skuCode, int onHand) {}
