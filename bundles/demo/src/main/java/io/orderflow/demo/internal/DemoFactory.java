package io.orderflow.demo.internal;

import io.orderflow.platform.api.security.Actor;
import io.orderflow.production.api.BillLine;
import io.orderflow.production.api.MaterialInfo;
import io.orderflow.production.api.ProductDefinition;
import io.orderflow.production.api.ProductionMasterDataService;
import io.orderflow.production.api.RoutingStep;
import io.orderflow.production.api.WorkCentreInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo lamp factory's work centres, materials, routings and bills, added through the production API on activation
 * while production holds nothing but (part of) the demo factory; an interrupted first start is completed on the next.
 * Sized for worked example C of docs/business-rules.md §7: electronics assembly (480 minutes a day, 14 minutes per
 * smart lamp) is the bottleneck, so 500 smart lamps take about 21 working days, some 30 calendar days.
 */
@Component(service = {})
public final class DemoFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFactory.class);

    static final List<WorkCentreInfo> WORK_CENTRES = List.of(
            new WorkCentreInfo("WC-CUT", "Metal cutting", 960),
            new WorkCentreInfo("WC-ELEC", "Electronics assembly", 480),
            new WorkCentreInfo("WC-GLASS", "Crystal and glass work", 480),
            new WorkCentreInfo("WC-ASSY", "Final assembly", 960),
            new WorkCentreInfo("WC-TEST", "Testing and packing", 480));

    static final List<MaterialInfo> MATERIALS = List.of(
            material("LED-MODULE", "LED module", 6000, 10), material("DRIVER-BOARD", "LED driver board", 900, 14),
            material("WIFI-CHIP", "Wi-Fi control chip", 600, 21), material("ALU-PROFILE", "Aluminium profile", 3000, 7),
            material("LAMP-SHADE", "Lamp shade", 2000, 7), material("CRYSTAL-SET", "Crystal set", 10, 30),
            material("PACKAGING", "Carton and foam", 10000, 3));

    static final List<ProductDefinition> PRODUCTS = List.of(
            product("SMART-LAMP", List.of(op(10, "WC-CUT", "2", 30), op(20, "WC-ELEC", "14", 60),
                    op(30, "WC-ASSY", "4", 30), op(40, "WC-TEST", "3", 15)),
                    List.of(bom("LED-MODULE", "1"), bom("DRIVER-BOARD", "1"), bom("WIFI-CHIP", "1"),
                            bom("ALU-PROFILE", "1"), bom("PACKAGING", "1"))),
            product("LED-LAMP", List.of(op(10, "WC-CUT", "0.5", 15), op(20, "WC-ELEC", "1", 15),
                    op(30, "WC-ASSY", "1", 15), op(40, "WC-TEST", "0.5", 10)),
                    List.of(bom("LED-MODULE", "1"), bom("LAMP-SHADE", "1"), bom("PACKAGING", "1"))),
            product("LED-PANEL", List.of(op(10, "WC-CUT", "1", 20), op(20, "WC-ELEC", "3", 30),
                    op(30, "WC-ASSY", "2", 20), op(40, "WC-TEST", "1", 10)),
                    List.of(bom("LED-MODULE", "4"), bom("DRIVER-BOARD", "1"), bom("ALU-PROFILE", "2"),
                            bom("PACKAGING", "1"))),
            product("DESK-LAMP", List.of(op(10, "WC-CUT", "1", 15), op(20, "WC-ASSY", "2", 15),
                    op(30, "WC-TEST", "0.5", 10)),
                    List.of(bom("LED-MODULE", "1"), bom("LAMP-SHADE", "1"), bom("ALU-PROFILE", "1"),
                            bom("PACKAGING", "1"))),
            product("FLOOR-LAMP", List.of(op(10, "WC-CUT", "2", 20), op(20, "WC-ASSY", "3", 20),
                    op(30, "WC-TEST", "1", 10)),
                    List.of(bom("LED-MODULE", "1"), bom("LAMP-SHADE", "1"), bom("ALU-PROFILE", "2"),
                            bom("PACKAGING", "1"))),
            product("CRYSTAL-LAMP", List.of(op(10, "WC-GLASS", "120", 60), op(20, "WC-ASSY", "30", 30),
                    op(30, "WC-TEST", "15", 15)),
                    List.of(bom("CRYSTAL-SET", "1"), bom("LED-MODULE", "6"), bom("DRIVER-BOARD", "1"),
                            bom("PACKAGING", "1"))),
            product("CEILING-LIGHT", List.of(op(10, "WC-CUT", "3", 20), op(20, "WC-ELEC", "5", 30),
                    op(30, "WC-ASSY", "5", 20), op(40, "WC-TEST", "2", 10)),
                    List.of(bom("LED-MODULE", "2"), bom("DRIVER-BOARD", "1"), bom("LAMP-SHADE", "1"),
                            bom("PACKAGING", "1"))));

    @Activate
    public DemoFactory(@Reference DemoMasterData masterData, @Reference ProductionMasterDataService production) {
        Set<String> workCentres = codes(production.workCentres(), WorkCentreInfo::code);
        Set<String> materials = codes(production.materials(), MaterialInfo::code);
        if (!masterData.inPlace() || !codes(WORK_CENTRES, WorkCentreInfo::code).containsAll(workCentres)
                || !codes(MATERIALS, MaterialInfo::code).containsAll(materials)) {
            LOG.info("Production holds a factory of its own; no demo factory added");
            return;
        }
        List<WorkCentreInfo> missingCentres = WORK_CENTRES.stream().filter(w -> !workCentres.contains(w.code()))
                .toList();
        List<MaterialInfo> missingMaterials = MATERIALS.stream().filter(m -> !materials.contains(m.code())).toList();
        List<ProductDefinition> missingProducts = PRODUCTS.stream()
                .filter(p -> production.product(p.product()).isEmpty()).toList();
        missingCentres.forEach(w -> production.saveWorkCentre(w, Actor.SYSTEM));
        missingMaterials.forEach(m -> production.saveMaterial(m, Actor.SYSTEM));
        missingProducts.forEach(p -> production.saveProduct(p, Actor.SYSTEM));
        if (!missingCentres.isEmpty() || !missingMaterials.isEmpty() || !missingProducts.isEmpty()) {
            LOG.info("Demo factory loaded: {} work centres, {} materials, {} products", missingCentres.size(),
                    missingMaterials.size(), missingProducts.size());
        }
    }

    private static <T> Set<String> codes(List<T> records, Function<T, String> code) {
        return records.stream().map(code).collect(Collectors.toSet());
    }

    private static MaterialInfo material(String code, String name, int onHand, int leadTimeDays) {
        return new MaterialInfo(code, name, BigDecimal.valueOf(onHand), leadTimeDays);
    }

    private static RoutingStep op(int sequence, String workCentre, String minutesPerUnit, int setupMinutes) {
        return new RoutingStep(sequence, workCentre, new BigDecimal(minutesPerUnit), setupMinutes);
    }

    private static BillLine bom(String material, String perUnit) {
        return new BillLine(material, new BigDecimal(perUnit));
    }

    private static ProductDefinition product(String code, List<RoutingStep> routing, List<BillLine> bill) {
        return new ProductDefinition(code, routing, bill);
    }
}
