package io.orderflow.masterdata.api;

/**
 * One person in the organisation: the department they work in and the user they report to. Expense claims go to the
 * claimant's manager and then to that manager's manager.
 *
 * @param user       the Karaf user name, e.g. {@code ann}: letters, digits, {@code .}, {@code -} or {@code _}, at most
 *                   100
 * @param department e.g. {@code Sales South}
 * @param manager    the user name of the person they report to; null for the top of the organisation
 */
public record OrgMember(String user, String department, String manager) {
}
