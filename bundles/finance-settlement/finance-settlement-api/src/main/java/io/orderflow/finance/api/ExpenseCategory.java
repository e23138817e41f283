package io.orderflow.finance.api;

/** What an expense claim's line was spent on. */
public enum ExpenseCategory {
    TRAVEL,
    ACCOMMODATION,
    MEALS,
    LOCAL_TRANSPORT,
    ENTERTAINMENT,
    OFFICE_SUPPLIES,
    COMMUNICATION,
    OTHER
}
