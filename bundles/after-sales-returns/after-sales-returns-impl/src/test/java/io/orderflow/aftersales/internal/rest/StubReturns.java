package io.orderflow.aftersales.internal.rest;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.EvidenceFile;
import io.orderflow.aftersales.api.InspectionDraft;
import io.orderflow.aftersales.api.ReceiptDraft;
import io.orderflow.aftersales.api.RemedyDraft;
import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.ReturnDraft;
import io.orderflow.aftersales.api.ReturnReason;
import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.aftersales.api.ReviewDecision;
import io.orderflow.aftersales.api.UnmatchedReceipt;
import io.orderflow.platform.api.security.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in for the return service in the resource's mapping tests: it records what it was asked and answers one
 * return. It knows none of the service's rules.
 */
final class StubReturns implements ReturnService {

    static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    final List<String> calls = new ArrayList<>();
    byte[] evidenceReceived;
    List<CustomerReturn.Evidence> evidence = List.of();
    EvidenceFile file;

    CustomerReturn answer(String number) {
        return new CustomerReturn(number, null, "SO-2026-000001", "CUST-A", ReturnStatus.REQUESTED,
                ReturnReason.QUALITY_DEFECT, null, Remedy.EXCHANGE, null, List.of(), List.of(), evidence, List.of(),
                List.of(), List.of(), null, null, null, "rep", AT);
    }

    @Override
    public CustomerReturn request(ReturnDraft draft, Actor actor) {
        calls.add("request " + draft.orderNumber() + " by " + actor.name());
        return answer("RET-2026-000007");
    }

    @Override
    public CustomerReturn addEvidence(String number, String filename, byte[] content, Actor actor) {
        calls.add("addEvidence " + number + " " + filename);
        evidenceReceived = content;
        return answer(number);
    }

    @Override
    public Optional<EvidenceFile> evidence(String number, int id) {
        calls.add("evidence " + number + " " + id);
        return Optional.ofNullable(file);
    }

    @Override
    public CustomerReturn decide(String number, ReviewDecision decision, Actor actor) {
        calls.add("decide " + number);
        return answer(number);
    }

    @Override
    public CustomerReturn receive(String number, ReceiptDraft receipt, Actor actor) {
        calls.add("receive " + number);
        return answer(number);
    }

    @Override
    public UnmatchedReceipt receiveUnmatched(String warehouse, String productCode, BigDecimal quantity, String note,
                                             Actor actor) {
        calls.add("receiveUnmatched " + warehouse + " " + productCode + " " + quantity);
        return new UnmatchedReceipt(1, warehouse, productCode, quantity, note, actor.name(), AT);
    }

    @Override
    public CustomerReturn inspect(String number, InspectionDraft inspection, Actor actor) {
        calls.add("inspect " + number);
        return answer(number);
    }

    @Override
    public CustomerReturn fixRemedies(String number, RemedyDraft remedies, Actor actor) {
        calls.add("fixRemedies " + number);
        return answer(number);
    }

    @Override
    public CustomerReturn closeShort(String number, String reason, Actor actor) {
        calls.add("closeShort " + number);
        return answer(number);
    }

    @Override
    public CustomerReturn recordSatisfaction(String number, int score, String comment, Actor actor) {
        calls.add("recordSatisfaction " + number + " " + score);
        return answer(number);
    }

    @Override
    public Optional<CustomerReturn> find(String number) {
        calls.add("find " + number);
        return Optional.empty();
    }

    @Override
    public List<CustomerReturn> list(ReturnStatus status, int limit) {
        calls.add("list " + status + " " + limit);
        return List.of();
    }

    @Override
    public List<CustomerReturn> overdueReceipts() {
        calls.add("overdueReceipts");
        return List.of();
    }

    @Override
    public List<UnmatchedReceipt> unmatched() {
        calls.add("unmatched");
        return List.of();
    }
}
