package org.shelfline.stock;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.catalog.Sku;
import org.shelfline.distribution.Warehouse;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.stock.UploadResult.RowError;

/**
 * Stock counts. A distributor counts stock in its own warehouses, for SKUs of the brands it serves
 * (one at a time, or a CSV file applied all-or-nothing); a brand reads the stock of its SKUs. Every
 * count is audited with the old and new figure.
 */
@Stateless
public class StockService {

    static final String AUDIT_SUBJECT = "STOCK";
    /** Enough for a large warehouse's whole list; larger files are refused before parsing. */
    public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    public static final int MAX_LIST = 500;

    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    private static final Set<String> COLUMNS = Set.of("warehouse", "brand", "sku", "on_hand");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<Warehouse> myWarehouses() {
        return em.createQuery(
                        "SELECT w FROM Warehouse w WHERE w.distributor.id = :distributor ORDER BY w.code",
                        Warehouse.class)
                .setParameter("distributor", currentUser.distributorId())
                .getResultList();
    }

    /** Stock in the distributor's warehouses whose SKU code contains the filter (all when blank). */
    public List<Stock> myStock(String skuCodeFilter) {
        return em.createQuery(
                        "SELECT s FROM Stock s JOIN FETCH s.warehouse w JOIN FETCH s.sku k "
                                + "WHERE w.distributor.id = :distributor AND UPPER(k.code) LIKE :code ORDER BY w.code, k.code",
                        Stock.class)
                .setParameter("distributor", currentUser.distributorId())
                .setParameter("code", like(skuCodeFilter))
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    /** Stock of the brand's SKUs in every warehouse that holds them. */
    public List<Stock> brandStock(String skuCodeFilter) {
        return em.createQuery(
                        "SELECT s FROM Stock s JOIN FETCH s.warehouse w JOIN FETCH w.distributor JOIN FETCH s.sku k "
                                + "WHERE k.brandId = :brand AND UPPER(k.code) LIKE :code ORDER BY k.code, w.code",
                        Stock.class)
                .setParameter("brand", currentUser.brandId())
                .setParameter("code", like(skuCodeFilter))
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    /** Records a count of one SKU in one of the distributor's warehouses. */
    public void count(long warehouseId, long skuId, int onHand) {
        long distributorId = currentUser.distributorId();
        Warehouse warehouse = em.find(Warehouse.class, warehouseId);
        if (warehouse == null || warehouse.getDistributor().getId() != distributorId) {
            throw new NotFoundException("warehouse", warehouseId);
        }
        Sku sku = em.find(Sku.class, skuId);
        if (sku == null || !servedBrands(distributorId).contains(sku.getBrandId())) {
            throw new NotFoundException("SKU", skuId);
        }
        apply(warehouse, sku, onHand, clock.instant());
    }

    /**
     * Applies a CSV of counts (columns warehouse, brand, sku, on_hand) if every row is valid; otherwise
     * applies nothing and says what is wrong with which row.
     */
    public UploadResult upload(byte[] csv) {
        long distributorId = currentUser.distributorId();
        if (csv == null || csv.length == 0) {
            throw new BusinessException("upload.empty");
        }
        if (csv.length > MAX_UPLOAD_BYTES) {
            throw new BusinessException("upload.tooLarge", MAX_UPLOAD_BYTES / 1024 / 1024);
        }
        List<RowError> errors = new ArrayList<>();
        List<StockCount> counts = parse(new String(csv, StandardCharsets.UTF_8), errors);

        Map<String, Warehouse> warehouses =
                myWarehouses().stream().collect(Collectors.toMap(Warehouse::getCode, w -> w));
        Set<Long> servedBrands = servedBrands(distributorId);
        Map<String, Sku> skus = new HashMap<>();
        for (Sku sku : em.createQuery(
                        "SELECT k FROM Sku k, Brand b WHERE b.id = k.brandId AND k.brandId IN :brands", Sku.class)
                .setParameter("brands", servedBrands.isEmpty() ? Set.of(-1L) : servedBrands)
                .getResultList()) {
            skus.put(brandCode(sku) + "/" + sku.getCode().toUpperCase(), sku);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Runnable> changes = new ArrayList<>();
        Instant now = clock.instant();
        for (StockCount count : counts) {
            Warehouse warehouse = warehouses.get(count.warehouseCode());
            String skuKey =
                    count.brandCode().toUpperCase() + "/" + count.skuCode().toUpperCase();
            Sku sku = skus.get(skuKey);
            Integer earlier = seen.putIfAbsent(count.warehouseCode() + "/" + skuKey, count.line());
            if (warehouse == null) {
                errors.add(new RowError(count.line(), "upload.unknownWarehouse", List.of(count.warehouseCode())));
            } else if (sku == null) {
                errors.add(new RowError(
                        count.line(), "upload.unknownSku", List.of(count.brandCode() + " " + count.skuCode())));
            } else if (earlier != null) {
                errors.add(new RowError(count.line(), "upload.duplicateRow", List.of(earlier)));
            } else {
                changes.add(() -> apply(warehouse, sku, count.onHand(), now));
            }
        }
        if (!errors.isEmpty()) {
            return new UploadResult(0, errors);
        }
        try {
            changes.forEach(Runnable::run);
        } catch (BusinessException e) {
            // A count below what open orders reserve: refuse the whole file.
            session.setRollbackOnly();
            return new UploadResult(0, List.of(new RowError(0, e.messageKey(), List.of(e.arguments()))));
        }
        return new UploadResult(changes.size(), List.of());
    }

    private List<StockCount> parse(String text, List<RowError> errors) {
        List<StockCount> counts = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            if (!parser.getHeaderNames().stream()
                    .map(String::toLowerCase)
                    .collect(Collectors.toSet())
                    .containsAll(COLUMNS)) {
                errors.add(new RowError(
                        1, "upload.header", List.of(String.join(",", "warehouse", "brand", "sku", "on_hand"))));
                return counts;
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                try {
                    int onHand = Integer.parseInt(record.get("on_hand"));
                    if (onHand < 0 || onHand > Stock.MAX_ON_HAND) {
                        errors.add(new RowError(line, "stock.onHand.range", List.of(Stock.MAX_ON_HAND)));
                        continue;
                    }
                    counts.add(new StockCount(
                            line, record.get("warehouse"), record.get("brand"), record.get("sku"), onHand));
                } catch (NumberFormatException e) {
                    errors.add(new RowError(line, "upload.notANumber", List.of(record.get("on_hand"))));
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(line, "upload.missingColumn", List.of()));
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new RowError(0, "upload.unreadable", List.of()));
        }
        return counts;
    }

    private void apply(Warehouse warehouse, Sku sku, int onHand, Instant now) {
        Stock stock = em.createQuery(
                        "SELECT s FROM Stock s WHERE s.warehouse = :warehouse AND s.sku = :sku", Stock.class)
                .setParameter("warehouse", warehouse)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Stock created = new Stock(warehouse, sku, now);
                    em.persist(created);
                    return created;
                });
        int before = stock.getOnHand();
        stock.count(onHand, now);
        em.flush();
        audit.record(
                currentUser.caller().username(),
                new AuditScope(
                        sku.getBrandId(), null, warehouse.getDistributor().getId()),
                AUDIT_SUBJECT,
                stock.getId(),
                "COUNTED",
                warehouse.getCode() + " " + sku.getCode() + ": " + before + " -> " + onHand);
    }

    private Set<Long> servedBrands(long distributorId) {
        return Set.copyOf(em.createQuery(
                        "SELECT DISTINCT t.brand.id FROM TerritoryAssignment t "
                                + "WHERE t.distributor.id = :distributor",
                        Long.class)
                .setParameter("distributor", distributorId)
                .getResultList());
    }

    /** Codes match whatever their case in the file. */
    private String brandCode(Sku sku) {
        return em.find(org.shelfline.brand.Brand.class, sku.getBrandId())
                .getCode()
                .toUpperCase();
    }

    private static String like(String filter) {
        String text = filter == null
                ? ""
                : filter.strip()
                        .toUpperCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_");
        return "%" + text + "%";
    }
}
