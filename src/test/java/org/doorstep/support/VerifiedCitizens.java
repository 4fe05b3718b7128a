package org.doorstep.support;

import java.util.UUID;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.CitizenRegistration;
import org.doorstep.accounts.IdentityDocument;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Citizen and firm accounts that have been identity-verified at a window, as tests that look at someone's
 * certificates or applications need: a number typed at registration alone is only claimed.
 */
public final class VerifiedCitizens {

    public static final String PASSWORD = "Qingxi2026pass";

    /** The 梅林镇 window officer of the demo county, who verifies in these tests. */
    public static final StaffIdentity WINDOW = new Officer("chuangkou", "梅林镇窗口人员", "WINDOW_OFFICER",
            DemoCounty.MEILIN_TOWN);

    private VerifiedCitizens() {
    }

    /** A registered account: the mobile number it signs in with and its login inside the platform. */
    public record Registered(String mobile, String login) {
    }

    /** Registers a person with this 身份证号 and verifies it at a window; returns the account's login. */
    public static String person(Accounts accounts, IdentityVerification verification, String name, String idNumber) {
        return registeredPerson(accounts, verification, name, idNumber).login();
    }

    /** As {@link #person}, with the mobile number too, for tests that sign in through the form. */
    public static Registered registeredPerson(Accounts accounts, IdentityVerification verification, String name,
            String idNumber) {
        String mobile = TestPeople.mobile();
        UUID id = accounts.register(new CitizenRegistration("PERSON", name, idNumber, null, null, mobile, PASSWORD,
                PASSWORD));
        atWindow(verification, mobile, IdentityDocument.RESIDENT_ID_CARD, idNumber);
        return new Registered(mobile, Accounts.citizenLogin(id));
    }

    /** Registers a firm with this 统一社会信用代码 and verifies its business licence at a window; returns its login. */
    public static String firm(Accounts accounts, IdentityVerification verification, String name, String creditCode) {
        String mobile = TestPeople.mobile();
        UUID id = accounts.register(new CitizenRegistration("FIRM", name, null, creditCode, "测试经办人", mobile,
                PASSWORD, PASSWORD));
        atWindow(verification, mobile, IdentityDocument.BUSINESS_LICENCE, creditCode);
        return Accounts.citizenLogin(id);
    }

    /** A window officer, signed in for the call, verifies the account of that mobile number. */
    public static void atWindow(IdentityVerification verification, String mobile, IdentityDocument document,
            String number) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext officer = SecurityContextHolder.createEmptyContext();
        officer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(WINDOW, null,
                SignedInRequests.authorities(WINDOW)));
        SecurityContextHolder.setContext(officer);
        try {
            verification.verifyAtWindow(mobile, document, number, WINDOW);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    record Officer(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {
    }
}
