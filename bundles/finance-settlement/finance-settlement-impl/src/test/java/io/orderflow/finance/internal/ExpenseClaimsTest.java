package io.orderflow.finance.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.finance.api.ExpenseCategory;
import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.api.ExpenseClaim.Status;
import io.orderflow.finance.api.ExpenseClaim.Step;
import io.orderflow.finance.api.ExpenseClaimDraft;
import io.orderflow.finance.api.ExpenseDecision;
import io.orderflow.finance.api.ExpenseDecision.Decision;
import io.orderflow.finance.api.event.ExpenseClaimApproved;
import io.orderflow.masterdata.api.OrgMember;
import io.orderflow.masterdata.api.OrganisationService;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.testkit.InMemoryDepartment;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Expense claims on an in-memory Derby with the shipped migrations and the real unit: ann (sales) reports to bob, bob
 * to carl, carl to pat (who has no row); fred and fiona are finance, pat the president. The supervisor's limit is 5000 CNY, receipts at most 1 KiB.
 */
class ExpenseClaimsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final Clock DAY = Clock.fixed(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    private static final Actor ANN = new Actor("ann", Set.of(Roles.SALES_REP));
    private static final Actor BOB = new Actor("bob", Set.of(Roles.SALES_MANAGER));
    private static final Actor CARL = new Actor("carl", Set.of(Roles.SALES_DIRECTOR));
    private static final Actor FRED = new Actor("fred", Set.of(Roles.FINANCE));
    private static final Actor PAT = new Actor("pat", Set.of(Roles.PRESIDENT));
    private static final Actor DORA = new Actor("dora", Set.of(Roles.WAREHOUSE));

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-finance");
    private final ExpenseClaimServiceImpl claims = new ExpenseClaimServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), derby.sequences(), () -> DAY,
            TestSettings.expenses("5000", 1024));

    ExpenseClaimsTest() {
        claims.bind(organisation(Map.of("ann", new OrgMember("ann", "Sales South", "bob"),
                "bob", new OrgMember("bob", "Sales", "carl"), "carl", new OrgMember("carl", "Management", "pat"),
                "dora", new OrgMember("dora", "Warehouse", "carl"))));
    }

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private static OrganisationService organisation(Map<String, OrgMember> rows) {
        return new OrganisationService() {
            @Override
            public OrgMember put(OrgMember member, Actor actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<OrgMember> find(String user) {
                return Optional.ofNullable(rows.get(user));
            }

            @Override
            public List<OrgMember> list() {
                return List.copyOf(rows.values());
            }
        };
    }

    private static ExpenseClaimDraft draft(String... amounts) {
        return new ExpenseClaimDraft(java.util.stream.IntStream.range(0, amounts.length).mapToObj(i ->
                new ExpenseClaimDraft.Line(TODAY.minusDays(i + 1), i == 0 ? ExpenseCategory.ACCOMMODATION
                        : ExpenseCategory.TRAVEL, "expense " + (i + 1), new BigDecimal(amounts[i]), "CNY")).toList());
    }

    private static ExpenseDecision approve(ExpenseDecision.Line... reduced) {
        return new ExpenseDecision(Decision.APPROVE, null, List.of(reduced));
    }

    @Test
    void aClaimAboveTheLimitGoesThroughManagerSupervisorFinanceAndPresidentWithASendBackAndAResubmission() {
        ExpenseClaim filed = claims.submit(draft("4800.00", "350.00"), ANN);
        assertEquals(List.of("EXP-2026-000001", "Sales South", "bob", "carl"), List.of(filed.number(),
                filed.department(), filed.manager(), filed.supervisor()));
        assertEquals(List.of(Status.PENDING, Step.MANAGER), List.of(filed.status(), filed.step()));
        assertTrue(filed.president(), "5150.00 is above the supervisor's limit");
        String number = filed.number();
        assertEquals(List.of(number), claims.toDecide(BOB).stream().map(ExpenseClaim::number).toList());
        assertEquals(List.of(), claims.toDecide(CARL), "not due with the supervisor yet");

        assertEquals(Step.SUPERVISOR, claims.decide(number, approve(), BOB).step());
        ExpenseClaim sentBack = claims.decide(number, new ExpenseDecision(Decision.SEND_BACK, "the taxi receipt is"
                + " missing", null), CARL);
        assertEquals(List.of(Status.SENT_BACK, Step.SUPERVISOR), List.of(sentBack.status(), sentBack.step()));
        assertThrows(ConflictException.class, () -> claims.decide(number, approve(), CARL), "sent back: not due");
        assertThrows(ForbiddenException.class, () -> claims.resubmit(number, draft("4800.00", "320.00"), BOB));

        ExpenseClaim again = claims.resubmit(number, draft("4800.00", "320.00"), ANN);
        assertEquals(List.of(Status.PENDING, Step.SUPERVISOR), List.of(again.status(), again.step()),
                "the chain restarts at the step that sent it back");
        ExpenseClaim cut = claims.decide(number, approve(new ExpenseDecision.Line(1, new BigDecimal("4750.00"),
                "hotel above the city rate")), CARL);
        assertEquals(new BigDecimal("5070.00"), cut.approvedTotal());
        assertEquals(Step.FINANCE, cut.step());
        assertThrows(ForbiddenException.class, () -> claims.decide(number, approve(), new Actor("bob",
                Set.of(Roles.FINANCE))), "its manager makes no finance check of it");

        ExpenseClaim checked = claims.decide(number, approve(new ExpenseDecision.Line(2, new BigDecimal("300.00"),
                "receipt shows 300")), FRED);
        assertEquals(List.of(Status.PENDING, Step.PRESIDENT), List.of(checked.status(), checked.step()));
        assertEquals(new BigDecimal("5050.00"), checked.approvedTotal(), "4750.00 + 300.00, still above the limit");
        ExpenseClaim done = claims.decide(number, approve(), PAT);
        assertEquals(Status.APPROVED, done.status());
        assertEquals(List.of("MANAGER APPROVE bob", "SUPERVISOR SEND_BACK carl", "SUPERVISOR APPROVE carl",
                "FINANCE APPROVE fred", "PRESIDENT APPROVE pat"), done.decisions().stream().map(d -> d.step() + " "
                + d.decision() + " " + d.by()).toList());

        ExpenseClaimApproved event = (ExpenseClaimApproved) derby.events().get(0);
        assertEquals(List.of(number, "ann", "CNY", "5050.00"), List.of(event.claim(), event.claimant(),
                event.currency(), event.approvedTotal().toPlainString()));
        assertEquals(List.of("4750.00", "300.00"), event.lines().stream().map(l -> l.approvedAmount()
                .toPlainString()).toList());
        assertEquals(List.of("EXPENSE_CLAIM_SUBMITTED ann", "EXPENSE_CLAIM_STEP_APPROVED bob",
                "EXPENSE_CLAIM_SENT_BACK carl", "EXPENSE_CLAIM_RESUBMITTED ann", "EXPENSE_CLAIM_STEP_APPROVED carl",
                "EXPENSE_CLAIM_STEP_APPROVED fred", "EXPENSE_CLAIM_APPROVED pat"), derby.audit().stream()
                .map(a -> a.action() + " " + a.actor()).toList());
        assertThrows(ConflictException.class, () -> claims.decide(number, approve(), PAT));
    }

    @Test
    void nobodyDecidesTheirOwnClaimNorAStepThatIsNotTheirs() {
        ExpenseClaim bobs = claims.submit(draft("100.00"), new Actor("bob", Set.of(Roles.SALES_MANAGER,
                Roles.FINANCE)));
        assertEquals("carl", bobs.manager());
        Actor bobInFinance = new Actor("bob", Set.of(Roles.FINANCE));
        claims.decide(bobs.number(), approve(), CARL);
        assertThrows(ForbiddenException.class, () -> claims.decide(bobs.number(), approve(), bobInFinance));
        ExpenseClaim anns = claims.submit(draft("100.00"), ANN);
        assertThrows(ForbiddenException.class, () -> claims.decide(anns.number(), approve(), ANN));
        assertThrows(ForbiddenException.class, () -> claims.decide(anns.number(), approve(), DORA));
        assertThrows(ConflictException.class, () -> claims.decide(anns.number(), approve(), FRED), "not due yet");
        assertEquals(List.of(new FieldProblem("reason", "is required")), assertThrows(ValidationException.class,
                () -> claims.decide(anns.number(), new ExpenseDecision(Decision.REJECT, " ", null), BOB)).problems());
        assertThrows(ForbiddenException.class, () -> claims.claim(anns.number(), DORA));
        assertEquals(Status.REJECTED, claims.decide(anns.number(), new ExpenseDecision(Decision.REJECT,
                "private dinner", null), BOB).status());
    }

    @Test
    void aClaimWithinTheLimitEndsWithFinance() {
        String number = claims.submit(draft("5000.00"), ANN).number();
        claims.decide(number, approve(), BOB);
        claims.decide(number, approve(), CARL);
        assertEquals(Status.APPROVED, claims.decide(number, approve(), FRED).status());
    }

    @Test
    void aClaimantWithoutManagerOrSupervisorInMasterDataIsRefusedNamingWhatIsMissing() {
        assertEquals("master data's organisation names no manager for pat: an admin sets it (PUT"
                + " /api/master-data/organisation/pat) before pat files expense claims", assertThrows(
                ConflictException.class, () -> claims.submit(draft("10.00"), PAT)).getMessage());
        claims.bind(organisation(Map.of("eve", new OrgMember("eve", "Quality", "gus"))));
        assertEquals("master data's organisation names no manager for gus, the manager of eve, so the claim would"
                + " have no supervisor: an admin sets it (PUT /api/master-data/organisation/gus)", assertThrows(
                ConflictException.class, () -> claims.submit(draft("10.00"), new Actor("eve", Set.of(Roles.QUALITY))))
                .getMessage());
        assertEquals(List.of(), claims.mine(PAT));
    }

    @Test
    void receiptsAreKeptByWhatTheirBytesShowWithinTheLimits() {
        String number = claims.submit(draft("10.00"), ANN).number();
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes();
        ExpenseClaim.Receipt kept = claims.addReceipt(number, "C:\\scans\\taxi.pdf", new ByteArrayInputStream(pdf),
                ANN);
        assertEquals(List.of("taxi.pdf", "application/pdf"), List.of(kept.fileName(), kept.contentType()));
        assertArrayEquals(pdf, claims.receipt(number, kept.id(), BOB).content());

        assertEquals(List.of(new FieldProblem("file", "is not a JPEG, PNG or PDF file: its content shows none of"
                + " them, whatever its name says")), assertThrows(ValidationException.class, () -> claims.addReceipt(
                number, "fake.pdf", new ByteArrayInputStream("Total 10 CNY".getBytes()), ANN)).problems());
        byte[] large = new byte[2048];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        ByteArrayInputStream stream = new ByteArrayInputStream(large);
        assertEquals(List.of(new FieldProblem("file", "is larger than the limit of 1024 bytes")), assertThrows(
                ValidationException.class, () -> claims.addReceipt(number, "big.jpg", stream, ANN)).problems());
        assertEquals(1023, stream.available(), "read no further than one byte past the limit");
        assertThrows(ForbiddenException.class, () -> claims.addReceipt(number, "b.pdf", new ByteArrayInputStream(pdf),
                BOB));
        assertEquals(1, claims.claim(number, ANN).orElseThrow().receipts().size());
    }
}
