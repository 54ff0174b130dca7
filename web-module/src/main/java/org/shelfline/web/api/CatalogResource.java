package org.shelfline.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shelfline.ordering.ShopCatalog;
import org.shelfline.ordering.ShopItem;

/** The catalogue of a brand that verified the calling shop, at the shop's prices. */
@ApplicationScoped
@Path("catalog")
@Tag(name = "Catalogue")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    ShopCatalog catalog;

    public record Brand(String code, String name, String nameZh) {}

    public record Item(
            String sku,
            String name,
            String nameZh,
            String unit,
            int casePack,
            int minCases,
            int incrementCases,
            BigDecimal casePrice,
            String availability) {

        static Item of(ShopItem item) {
            var sku = item.sku();
            return new Item(
                    sku.getCode(),
                    sku.getName().english(),
                    sku.getName().chinese(),
                    sku.getUnit(),
                    sku.getCasePack(),
                    sku.getMinOrderCases(),
                    sku.getOrderIncrementCases(),
                    item.quote() == null ? null : item.quote().casePrice(),
                    item.availability().name());
        }
    }

    @GET
    @Operation(summary = "Brands the shop may order from")
    public List<Brand> brands() {
        return catalog.orderableBrands().stream()
                .map(standing -> new Brand(
                        standing.getBrand().getCode(),
                        standing.getBrand().getName().english(),
                        standing.getBrand().getName().chinese()))
                .toList();
    }

    @GET
    @Path("{brand}")
    @Operation(summary = "Published SKUs of a brand, searched by code, name or barcode; 30 per page")
    public List<Item> items(
            @PathParam("brand") String brandCode,
            @QueryParam("q") String query,
            @QueryParam("first") @DefaultValue("0") int first) {
        long brandId = catalog.orderableBrandId(brandCode);
        List<ShopItem> found = catalog.search(brandId, query, first);
        return found.stream().limit(ShopCatalog.PAGE_SIZE).map(Item::of).toList();
    }
}
