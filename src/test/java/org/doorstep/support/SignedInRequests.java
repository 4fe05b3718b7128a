package org.doorstep.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.PermissionTable;
import org.doorstep.accounts.Role;

import org.doorstep.platform.StaffIdentity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc requests made as a signed-in officer or citizen, with the authorities the real sign-in would grant. */
public final class SignedInRequests {

    private SignedInRequests() {
    }

    /** MockMvc over the whole application, behind the real security filter chain. */
    public static MockMvc secured(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** The answer, read as UTF-8. */
    public static MockHttpServletResponse call(MockMvc mvc, MockHttpServletRequestBuilder request, StaffIdentity who)
            throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(as(who))).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    /** A page that must answer 200, as text. */
    public static String page(MockMvc mvc, MockHttpServletRequestBuilder request, StaffIdentity who) throws Exception {
        MockHttpServletResponse r = call(mvc, request, who);
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }

    public static RequestPostProcessor as(StaffIdentity who) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(who, null, authorities(who)));
    }

    /**
     * What the real sign-in grants: the role authorities and the permissions of the accounts module's table. Test
     * officers at a county-level division (12 digits ending in 000000) count as the top of the organisation.
     */
    public static List<SimpleGrantedAuthority> authorities(StaffIdentity who) {
        if ("CITIZEN".equals(who.roleCode())) {
            return List.of(new SimpleGrantedAuthority("ROLE_CITIZEN"));
        }
        Set<Role> roles = who.roleCodes().stream().map(Role::of).collect(Collectors.toSet());
        boolean top = who.unitCode() != null && who.unitCode().matches("\\d{6}000000");
        return Stream.of(Stream.of("ROLE_STAFF"), roles.stream().map(Role::authority),
                        PermissionTable.granted(roles, top).stream().map(Permission::authority))
                .flatMap(s -> s).map(SimpleGrantedAuthority::new).toList();
    }
}
