package io.orderflow.finance.internal.rest;

import static io.orderflow.platform.api.text.Text.html;

import io.orderflow.finance.api.Invoice;

/** An issued invoice as a self-contained HTML page, printable as it is. */
final class InvoicePage {

    private InvoicePage() {
    }

    static String render(Invoice invoice) {
        String currency = html(invoice.currency());
        StringBuilder page = new StringBuilder(2048);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Invoice ")
                .append(html(invoice.number())).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 8px}"
                        + "td.n,th.n{text-align:right}</style></head><body>\n<h1>Invoice ")
                .append(html(invoice.number())).append("</h1>\n<p>Customer ").append(html(invoice.customerId()))
                .append(invoice.customerPo() == null ? "" : ", purchase order " + html(invoice.customerPo()))
                .append("<br>Order ").append(html(invoice.orderNumber())).append(", shipment ")
                .append(html(invoice.shipment())).append("<br>Issued ").append(html(invoice.issuedOn()))
                .append(", due ").append(html(invoice.dueOn())).append(" (").append(html(invoice.terms()))
                .append(")</p>\n<table><tr><th>Line</th><th>Product</th><th>Specification</th><th class=\"n\">Quantity"
                        + "</th><th class=\"n\">Unit price</th><th class=\"n\">Net</th><th class=\"n\">Tax</th></tr>\n");
        for (Invoice.Line line : invoice.lines()) {
            page.append("<tr><td>").append(line.lineNo()).append("</td><td>").append(html(line.productCode()))
                    .append("</td><td>").append(html(line.specification())).append("</td><td class=\"n\">")
                    .append(line.quantity().toPlainString()).append(' ').append(html(line.unit()))
                    .append("</td><td class=\"n\">").append(line.unitPrice().toPlainString())
                    .append("</td><td class=\"n\">").append(line.net().toPlainString()).append("</td><td class=\"n\">")
                    .append(line.tax().toPlainString()).append("</td></tr>\n");
        }
        if (invoice.freight() != null) {
            page.append("<tr><td></td><td colspan=\"4\">Freight</td><td class=\"n\">")
                    .append(invoice.freight().toPlainString()).append("</td><td></td></tr>\n");
        }
        return page.append("<tr><th colspan=\"5\" class=\"n\">Net</th><td class=\"n\">")
                .append(invoice.net().toPlainString()).append("</td><td></td></tr>\n<tr><th colspan=\"5\" class=\"n\">"
                        + "Tax</th><td class=\"n\">").append(invoice.tax().toPlainString())
                .append("</td><td></td></tr>\n<tr><th colspan=\"5\" class=\"n\">Total</th><td class=\"n\"><b>")
                .append(invoice.total().toPlainString()).append(' ').append(currency)
                .append("</b></td><td></td></tr>\n</table>\n</body></html>\n").toString();
    }
}
