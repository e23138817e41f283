package io.orderflow.aftersales.internal.jpa;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.ReturnReason;
import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.aftersales.api.Satisfaction;
import io.orderflow.aftersales.internal.domain.LineProgress;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/** A customer's return with everything that happened to it. */
@Entity
@Table(schema = "AFTER_SALES", name = "CUSTOMER_RETURN")
public class ReturnEntity {

    private static final String SCHEMA = "AFTER_SALES";

    @Id
    @Column(name = "NUMBER")
    private String number;
    @Column(name = "RMA")
    private String rma;
    @Column(name = "ORDER_NUMBER")
    private String orderNumber;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private ReturnStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "REASON")
    private ReturnReason reason;
    @Column(name = "DESCRIPTION")
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "REMEDY_ASKED")
    private Remedy remedyAsked;
    @Column(name = "DELIVERED_ON")
    private LocalDate deliveredOn;
    @Column(name = "REPLACEMENT_ORDER")
    private String replacement;
    @Column(name = "NOTICE")
    private String notice;
    @Column(name = "SATISFACTION_SCORE")
    private Integer satisfactionScore;
    @Column(name = "SATISFACTION_COMMENT")
    private String satisfactionComment;
    @Column(name = "SATISFACTION_BY")
    private String satisfactionBy;
    @Column(name = "SATISFACTION_AT")
    private Timestamp satisfactionAt;
    @Column(name = "REQUESTED_BY")
    private String requestedBy;
    @Column(name = "REQUESTED_AT")
    private Timestamp requestedAt;
    @Column(name = "AUTHORIZED_AT")
    private Timestamp authorizedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = SCHEMA, name = "RETURN_LINE", joinColumns = @JoinColumn(name = "RETURN_NUMBER"))
    private List<ReturnLineEmbeddable> lines = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = SCHEMA, name = "SIGNATURE", joinColumns = @JoinColumn(name = "RETURN_NUMBER"))
    private List<SignatureEmbeddable> signatures = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = SCHEMA, name = "EVIDENCE", joinColumns = @JoinColumn(name = "RETURN_NUMBER"))
    private List<EvidenceEmbeddable> evidence = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = SCHEMA, name = "RECEIPT_LINE", joinColumns = @JoinColumn(name = "RETURN_NUMBER"))
    private List<ReceiptLineEmbeddable> receiptLines = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = SCHEMA, name = "INSPECTION", joinColumns = @JoinColumn(name = "RETURN_NUMBER"))
    private List<InspectionEmbeddable> inspections = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = SCHEMA, name = "REMEDY", joinColumns = @JoinColumn(name = "RETURN_NUMBER"))
    private List<RemedyEmbeddable> remedies = new ArrayList<>();

    protected ReturnEntity() {
    }

    public ReturnEntity(String number, String orderNumber, String customerId, ReturnReason reason, String description,
                        Remedy remedyAsked, LocalDate deliveredOn, List<ReturnLineEmbeddable> lines,
                        String requestedBy, Instant requestedAt) {
        this.number = number;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.status = ReturnStatus.REQUESTED;
        this.reason = reason;
        this.description = description;
        this.remedyAsked = remedyAsked;
        this.deliveredOn = deliveredOn;
        this.lines = new ArrayList<>(lines);
        this.requestedBy = requestedBy;
        this.requestedAt = Timestamp.from(requestedAt);
    }

    public String number() {
        return number;
    }

    public String rma() {
        return rma;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String customerId() {
        return customerId;
    }

    public ReturnStatus status() {
        return status;
    }

    public ReturnReason reason() {
        return reason;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public String replacement() {
        return replacement;
    }

    public Optional<ReturnLineEmbeddable> line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
    }

    public List<ReturnLineEmbeddable> lines() {
        return lines;
    }

    /** Each line's progress by line number. */
    public Map<Integer, LineProgress> progress() {
        Map<Integer, LineProgress> progress = new LinkedHashMap<>();
        lines.forEach(l -> progress.put(l.lineNo(), l.progress()));
        return progress;
    }

    public List<CustomerReturn.Signature> signatures() {
        return signatures.stream().map(SignatureEmbeddable::toSignature).toList();
    }

    public void sign(CustomerReturn.Signature signature) {
        signatures.add(new SignatureEmbeddable(signature));
    }

    public int evidenceCount() {
        return evidence.size();
    }

    public void addEvidence(CustomerReturn.Evidence file) {
        evidence.add(new EvidenceEmbeddable(file));
    }

    public void authorize(String rma, String notice, Instant at) {
        this.rma = rma;
        this.notice = notice;
        this.status = ReturnStatus.AUTHORIZED;
        this.authorizedAt = Timestamp.from(at);
    }

    public void reject(String notice) {
        this.notice = notice;
        this.status = ReturnStatus.REJECTED;
    }

    /** The next receipt's id. */
    public int nextReceiptId() {
        return receiptLines.stream().mapToInt(ReceiptLineEmbeddable::receiptId).max().orElse(0) + 1;
    }

    public void receive(int receiptId, int lineNo, String warehouse, BigDecimal quantity, String by, Instant at) {
        receiptLines.add(new ReceiptLineEmbeddable(receiptId, lineNo, warehouse, quantity, by, at));
        line(lineNo).orElseThrow().received(quantity);
    }

    /** The warehouses a line's goods were received into, with how much of it each holds. */
    public Map<String, BigDecimal> receivedInto(int lineNo) {
        Map<String, BigDecimal> into = new LinkedHashMap<>();
        receiptLines.stream().filter(r -> r.lineNo() == lineNo)
                .forEach(r -> into.merge(r.warehouse(), r.quantity(), BigDecimal::add));
        return into;
    }

    public int nextInspectionId() {
        return inspections.size() + 1;
    }

    public void inspect(int id, CustomerReturn.Inspection inspection) {
        ReturnLineEmbeddable line = line(inspection.lineNo()).orElseThrow();
        inspections.add(new InspectionEmbeddable(id, line.productCode(), inspection));
        line.inspected(inspection.quantity());
    }

    public List<CustomerReturn.Inspection> inspections() {
        return inspections.stream().map(InspectionEmbeddable::toInspection).toList();
    }

    public int nextRemedyId() {
        return remedies.size() + 1;
    }

    public void fixRemedy(int id, CustomerReturn.RemedyDecision decision) {
        remedies.add(new RemedyEmbeddable(id, decision));
        ReturnLineEmbeddable line = line(decision.lineNo()).orElseThrow();
        line.remedied(decision.quantity());
        if (decision.done()) {
            line.done(decision.quantity());
        }
    }

    /** Marks done the remedies of this kind carried out by {@code document}; true when any was not done before. */
    public boolean remedyDone(Remedy remedy, String document) {
        boolean changed = false;
        for (RemedyEmbeddable fixed : remedies) {
            if (fixed.remedy() == remedy && document.equals(fixed.document()) && !fixed.done()) {
                fixed.markDone();
                line(fixed.lineNo()).orElseThrow().done(fixed.quantity());
                changed = true;
            }
        }
        return changed;
    }

    public List<CustomerReturn.RemedyDecision> remedies() {
        return remedies.stream().map(RemedyEmbeddable::toDecision).toList();
    }

    /** @return the lines cut, with what each will no longer bring back */
    public Map<Integer, BigDecimal> cutToReceived() {
        Map<Integer, BigDecimal> cut = new LinkedHashMap<>();
        for (ReturnLineEmbeddable line : lines) {
            BigDecimal missing = line.progress().toReceive();
            if (missing.signum() > 0) {
                line.cutToReceived();
                cut.put(line.lineNo(), missing);
            }
        }
        return cut;
    }

    public void replacedBy(String order) {
        this.replacement = order;
    }

    /** The status after receipts, inspections or remedies, from the lines. */
    public void advance() {
        status = LineProgress.statusOf(progress().values());
    }

    public boolean hasSatisfaction() {
        return satisfactionScore != null;
    }

    public void satisfaction(Satisfaction satisfaction) {
        this.satisfactionScore = satisfaction.score();
        this.satisfactionComment = satisfaction.comment();
        this.satisfactionBy = satisfaction.recordedBy();
        this.satisfactionAt = Timestamp.from(satisfaction.at());
    }

    public Instant authorizedAt() {
        return authorizedAt == null ? null : authorizedAt.toInstant();
    }

    public CustomerReturn toReturn() {
        Map<Integer, List<CustomerReturn.Quantity>> byReceipt = new LinkedHashMap<>();
        List<CustomerReturn.Receipt> receipts = new ArrayList<>();
        receiptLines.stream().sorted(Comparator.comparingInt(ReceiptLineEmbeddable::receiptId)
                .thenComparingInt(ReceiptLineEmbeddable::lineNo)).forEach(r -> {
                    List<CustomerReturn.Quantity> quantities = byReceipt.get(r.receiptId());
                    if (quantities == null) {
                        quantities = new ArrayList<>();
                        byReceipt.put(r.receiptId(), quantities);
                        receipts.add(new CustomerReturn.Receipt(r.receiptId(), r.warehouse(), quantities,
                                r.receivedBy(), r.at()));
                    }
                    quantities.add(new CustomerReturn.Quantity(r.lineNo(), r.quantity()));
                });
        return new CustomerReturn(number, rma, orderNumber, customerId, status, reason, description, remedyAsked,
                deliveredOn, lines.stream().sorted(Comparator.comparingInt(ReturnLineEmbeddable::lineNo))
                .map(ReturnLineEmbeddable::toLine).toList(), signatures(),
                evidence.stream().map(EvidenceEmbeddable::toEvidence).toList(), List.copyOf(receipts),
                inspections(), remedies(), replacement, notice,
                satisfactionScore == null ? null : new Satisfaction(satisfactionScore, satisfactionComment,
                        satisfactionBy, satisfactionAt.toInstant()), requestedBy, requestedAt.toInstant());
    }
}
