package io.orderflow.production.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one scheduling run reads, gathered so the scheduler stays a pure function of it: routings and bills by
 * product, materials by code.
 */
public record PlanInput(LocalDate today, List<WorkCentre> workCentres, Map<String, Routing> routings,
        Map<String, List<BomLine>> bills, Map<String, Material> materials, List<Arrival> arrivals,
        List<Downtime> downtimes, WorkingDays calendar, List<Job> jobs) {

    public PlanInput {
        workCentres = List.copyOf(workCentres);
        routings = Map.copyOf(routings);
        bills = Map.copyOf(bills);
        materials = Map.copyOf(materials);
        arrivals = List.copyOf(arrivals);
        downtimes = List.copyOf(downtimes);
        jobs = List.copyOf(jobs);
    }
}
