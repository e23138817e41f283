package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.Contact;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.platform.api.PaymentTerms;
import java.time.LocalDate;
import java.util.List;

/** An order that passed intake, with every value typed and every review flag raised. */
public record AcceptedOrder(String customerId, String customerPo, LocalDate requestedDelivery, Address deliveryAddress,
                            PaymentTerms paymentTerms, OrderType type, boolean custom, boolean installation,
                            boolean shipBeforePayment, String policyException, Contact contact, List<OrderLine> lines,
                            Money total, List<IntakeFlag> flags) {
}
