package io.orderflow.logistics.internal.rest;

import static io.orderflow.platform.api.text.Text.html;

import io.orderflow.logistics.api.Parcel;
import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentLine;

/** A shipment's delivery note and packing list as a self-contained HTML page, printable as it is. */
final class DeliveryNotePage {

    private DeliveryNotePage() {
    }

    static String render(Shipment s) {
        StringBuilder page = new StringBuilder(2048);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Delivery note ")
                .append(html(s.id())).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;width:100%;margin-bottom:1em}"
                        + "td,th{border:1px solid #999;padding:4px 8px}td.n{text-align:right}</style></head><body>\n")
                .append("<h1>Delivery note ").append(html(s.id())).append("</h1>\n<p>Order ")
                .append(html(s.orderNumber())).append(", customer ").append(html(s.customerId())).append("<br>By ")
                .append(html(s.method())).append(s.trip() == null ? "" : ", vehicle " + html(s.trip().vehicle())
                        + " driven by " + html(s.trip().driver()))
                .append("<br>Dispatched ").append(s.dispatchedOn() == null ? "not yet" : html(s.dispatchedOn()))
                .append(s.estimatedArrival() == null ? "" : ", expected " + html(s.estimatedArrival()))
                .append("</p>\n<h2>Packing list</h2>\n<table><tr><th>Line</th><th>Product</th><th>Specification</th>"
                        + "<th>Quantity</th></tr>\n");
        for (ShipmentLine line : s.lines()) {
            page.append("<tr><td>").append(line.lineNo()).append("</td><td>").append(html(line.productCode()))
                    .append("</td><td>").append(html(line.specification())).append("</td><td class=\"n\">")
                    .append(line.quantity().toPlainString()).append(' ').append(html(line.unit()))
                    .append("</td></tr>\n");
        }
        page.append("</table>\n<h2>Packages</h2>\n<table><tr><th>#</th><th>Carrier</th><th>Tracking number</th>"
                + "<th>SSCC</th></tr>\n");
        int no = 1;
        for (Parcel parcel : s.packages()) {
            page.append("<tr><td>").append(no++).append("</td><td>").append(html(parcel.carrier())).append("</td><td>")
                    .append(html(parcel.trackingNumber())).append("</td><td>").append(html(parcel.sscc()))
                    .append("</td></tr>\n");
        }
        return page.append("</table>\n<p>Received in good order: ____________________ (name, date, signature)</p>\n"
                + "</body></html>\n").toString();
    }
}
