package org.shelfline.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.catalog.CatalogFile.Format;
import org.shelfline.catalog.CatalogFile.Line;
import org.shelfline.catalog.ImportPreview.Problem;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.ConcurrentEditException;

/**
 * Bulk catalogue maintenance for the signed-in brand: export every SKU as CSV or XLSX, and import such a
 * file. An import is previewed row by row (new or changed SKU, every problem); it is applied only when no
 * row has a problem, and then as one transaction: all rows or none.
 */
@Stateless
public class CatalogImportService {

    /** Form property to file column, for naming the column a validation message is about. */
    private static final Map<String, String> COLUMN_OF = Map.of(
            "code",
            "code",
            "barcode",
            "barcode",
            "nameEn",
            "name_en",
            "nameZh",
            "name_zh",
            "unit",
            "unit",
            "casePack",
            "case_pack",
            "minOrderCases",
            "min_order",
            "orderIncrementCases",
            "increment");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    ValidatorFactory validatorFactory;

    @Inject
    Clock clock;

    public byte[] export(Format format) {
        long brandId = currentUser.brandId();
        List<Sku> skus = em.createQuery(
                        "SELECT DISTINCT s FROM Sku s LEFT JOIN FETCH s.priceTiers "
                                + "WHERE s.brandId = :brand ORDER BY s.code",
                        Sku.class)
                .setParameter("brand", brandId)
                .getResultList();
        Map<Long, String> categoryCodes =
                categories(brandId).values().stream().collect(Collectors.toMap(Category::getId, Category::getCode));
        return CatalogFile.write(skus, categoryCodes, format);
    }

    public ImportPreview preview(byte[] content, Format format, Locale locale) {
        long brandId = currentUser.brandId();
        return check(CatalogFile.read(content, format), existingSkus(brandId), categories(brandId), locale)
                .preview();
    }

    /** Applies the file if every row is valid; returns what it did, or why it did nothing. */
    public ImportPreview apply(byte[] content, Format format, Locale locale) {
        long brandId = currentUser.brandId();
        Map<String, Sku> existing = existingSkus(brandId);
        Map<String, Category> categories = categories(brandId);
        Checked checked = check(CatalogFile.read(content, format), existing, categories, locale);
        if (!checked.preview().isApplicable()) {
            return checked.preview();
        }
        Instant now = clock.instant();
        List<Sku> imported = new ArrayList<>();
        for (Parsed row : checked.rows()) {
            Sku sku = existing.get(row.code());
            if (sku == null) {
                sku = new Sku(brandId, row.code(), now);
                sku.apply(row.draft(), row.code(), categories.get(row.categoryCode()), now);
                em.persist(sku);
            } else {
                sku.apply(row.draft(), row.code(), categories.get(row.categoryCode()), now);
            }
            sku.importStatus(row.status(), now);
            imported.add(sku);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
        String actor = currentUser.caller().username();
        for (Sku sku : imported) {
            audit.record(
                    actor,
                    AuditScope.brand(brandId),
                    CatalogService.AUDIT_SUBJECT,
                    sku.getId(),
                    "IMPORTED",
                    sku.describe());
        }
        return new ImportPreview(checked.preview().rows(), true);
    }

    private Checked check(
            List<Line> lines, Map<String, Sku> existing, Map<String, Category> categories, Locale locale) {
        Validator validator = validatorFactory
                .usingContext()
                .messageInterpolator(inLocale(validatorFactory.getMessageInterpolator(), locale))
                .getValidator();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        if (lines.isEmpty()) {
            return new Checked(new ImportPreview(List.of(), false), List.of());
        }
        for (Line line : lines) {
            List<Problem> problems = new ArrayList<>();
            SkuDraft draft = new SkuDraft();
            draft.setCode(line.get("code"));
            draft.setBarcode(line.get("barcode"));
            draft.setNameEn(line.get("name_en"));
            draft.setNameZh(line.get("name_zh"));
            draft.setUnit(line.get("unit"));
            draft.setCasePack(number(line, "case_pack", problems));
            draft.setMinOrderCases(
                    line.get("min_order") == null ? Integer.valueOf(1) : number(line, "min_order", problems));
            draft.setOrderIncrementCases(
                    line.get("increment") == null ? Integer.valueOf(1) : number(line, "increment", problems));

            String categoryCode =
                    line.get("category") == null ? null : line.get("category").toUpperCase(Locale.ROOT);
            if (categoryCode != null && !categories.containsKey(categoryCode)) {
                problems.add(Problem.of("category", "import.unknownCategory", categoryCode));
            }
            SkuStatus status = status(line.get("status"), problems);
            List<TierDraft> tiers = CatalogFile.parsePrices(line.get("prices"));
            if (tiers == null) {
                problems.add(Problem.of("prices", "import.prices"));
            } else if (tiers.size() > SkuDraft.TIER_ROWS) {
                problems.add(Problem.of("prices", "import.tooManyPrices", SkuDraft.TIER_ROWS));
            } else {
                for (int i = 0; i < tiers.size(); i++) {
                    draft.getTiers().get(i).setMinCases(tiers.get(i).getMinCases());
                    draft.getTiers().get(i).setCasePrice(tiers.get(i).getCasePrice());
                }
            }
            for (ConstraintViolation<SkuDraft> violation : validator.validate(draft)) {
                String property = violation.getPropertyPath().toString();
                String column = property.startsWith("tiers") ? "prices" : COLUMN_OF.getOrDefault(property, property);
                problems.add(new Problem(column, null, List.of(), violation.getMessage()));
            }
            if (tiers != null && problems.stream().noneMatch(p -> "prices".equals(p.column()))) {
                draft.tierProblem()
                        .ifPresent(problem -> problems.add(
                                new Problem("prices", problem.messageKey(), List.of(problem.arguments()), null)));
            }
            String code =
                    draft.getCode() == null ? null : draft.getCode().strip().toUpperCase(Locale.ROOT);
            if (code != null) {
                Integer first = firstLineOfCode.putIfAbsent(code, line.number());
                if (first != null) {
                    problems.add(Problem.of("code", "import.duplicateCode", first));
                }
            }
            rows.add(new ImportPreview.Row(line.number(), code, code != null && existing.containsKey(code), problems));
            parsed.add(new Parsed(code, draft, categoryCode, status));
        }
        return new Checked(new ImportPreview(rows, false), parsed);
    }

    private static Integer number(Line line, String column, List<Problem> problems) {
        String value = line.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(column, "upload.notANumber", value));
            return null;
        }
    }

    private static SkuStatus status(String value, List<Problem> problems) {
        if (value == null) {
            return SkuStatus.DRAFT;
        }
        try {
            return SkuStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of("status", "import.status", value));
            return SkuStatus.DRAFT;
        }
    }

    private Map<String, Sku> existingSkus(long brandId) {
        return em.createQuery(
                        "SELECT DISTINCT s FROM Sku s LEFT JOIN FETCH s.priceTiers WHERE s.brandId = :brand", Sku.class)
                .setParameter("brand", brandId)
                .getResultStream()
                .collect(Collectors.toMap(
                        sku -> sku.getCode().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    }

    private Map<String, Category> categories(long brandId) {
        return em.createQuery("SELECT c FROM Category c WHERE c.brandId = :brand", Category.class)
                .setParameter("brand", brandId)
                .getResultStream()
                .collect(Collectors.toMap(c -> c.getCode().toUpperCase(Locale.ROOT), Function.identity()));
    }

    private static MessageInterpolator inLocale(MessageInterpolator delegate, Locale locale) {
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return delegate.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return delegate.interpolate(template, context, locale);
            }
        };
    }

    private record Parsed(String code, SkuDraft draft, String categoryCode, SkuStatus status) {}

    private record Checked(ImportPreview preview, List<Parsed> rows) {}
}
