package io.rolewire.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.security.SecurityTestImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The navbar, user box and page chrome every page shares, per role. */
@WebMvcTest(controllers = LoginController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class LayoutTest {

    @Autowired
    MockMvc mvc;

    @Test
    void operatorSeesNewWiringHistoryNameRoleAndLogout() throws Exception {
        mvc.perform(get("/login").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(xpath("//nav//a[@id='nav-wizard']/@href").string("/wizard"))
                .andExpect(xpath("//nav//a[@id='nav-wizard']").string("New wiring"))
                .andExpect(xpath("//nav//a[@id='nav-runs']/@href").string("/runs"))
                .andExpect(xpath("//*[@id='current-user']").string(containsString("operator")))
                .andExpect(xpath("//*[@id='current-user']").string(containsString("Operator")))
                .andExpect(xpath("//form[@action='/logout' and @method='post']//input[@name='_csrf']")
                        .exists());
    }

    @Test
    void onlyRolesAreShownNotOtherAuthorities() throws Exception {
        mvc.perform(get("/login")
                        .with(user("operator")
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_OPERATOR"),
                                        new SimpleGrantedAuthority("FACTOR_PASSWORD"))))
                .andExpect(xpath("count(//*[@id='current-user']/span[contains(@class,'badge')])")
                        .number(1.0))
                .andExpect(xpath("//*[@id='current-user']").string(not(containsString("FACTOR"))));
    }

    @Test
    void reviewerSeesHistoryButNoWizardLink() throws Exception {
        mvc.perform(get("/login").with(user("reviewer").roles("REVIEWER")))
                .andExpect(xpath("//a[@id='nav-wizard']").doesNotExist())
                .andExpect(xpath("//a[@id='nav-runs']").exists())
                .andExpect(xpath("//*[@id='current-user']").string(containsString("Reviewer")));
    }

    @Test
    void anonymousSeesNoNavigationOrUser() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(xpath("//a[@id='nav-runs']").doesNotExist())
                .andExpect(xpath("//*[@id='current-user']").doesNotExist())
                .andExpect(xpath("//a[contains(@class,'navbar-brand')]").string("Rolewire"));
    }

    @Test
    void pagesAreAccessibleAndLoadOnlyOwnScriptsAndStyles() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(xpath("/html/@lang").string("en"))
                .andExpect(xpath("//a[contains(@class,'skip-link')]/@href").string("#main"))
                .andExpect(xpath("//main/@id").string("main"))
                .andExpect(xpath("//title").string("Sign in · Rolewire"))
                // the webjar locator may put the version into the path
                .andExpect(xpath("//link[starts-with(@href,'/webjars/bootstrap/')"
                                + " and contains(@href,'/css/bootstrap.min.css')]")
                        .exists())
                .andExpect(xpath("//link[@href='/css/rolewire.css']").exists())
                .andExpect(xpath("//script[@src='/js/rolewire.js']").exists())
                // CSP forbids inline code and styles: no inline script, handler or style attribute
                .andExpect(xpath("//script[not(@src)]").doesNotExist())
                .andExpect(xpath("//*[@style]").doesNotExist())
                .andExpect(xpath("//*[@onclick or @onload or @onsubmit or @onchange]")
                        .doesNotExist())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }

    @Test
    void staticAssetsArePublic() throws Exception {
        mvc.perform(get("/css/rolewire.css")).andExpect(status().isOk());
        mvc.perform(get("/js/rolewire.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }

    @Test
    void everyPageLinksTheFaviconAndAnyoneMayFetchIt() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(xpath("//head/link[@rel='icon']/@href").string("/favicon.svg"))
                .andExpect(xpath("//head/link[@rel='icon']/@type").string("image/svg+xml"));
        mvc.perform(get("/login").with(user("admin").roles("ADMIN")))
                .andExpect(xpath("//head/link[@rel='icon']/@href").string("/favicon.svg"));
        mvc.perform(get("/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<svg")));
    }

    @Test
    void signedInTheLinksFoldBehindAMenuToggleThatNeedsNoScript() throws Exception {
        mvc.perform(get("/login").with(user("admin").roles("ADMIN")))
                .andExpect(xpath("//nav//input[@type='checkbox' and @id='nav-toggle']/@aria-controls")
                        .string("nav-menu"))
                .andExpect(xpath("//nav//label[@for='nav-toggle']").string("Menu"))
                // everything that may fold is inside the menu, sign-out included
                .andExpect(xpath("//*[@id='nav-menu']//a[@id='nav-runs']").exists())
                .andExpect(xpath("//*[@id='nav-menu']//a[@id='nav-approvals']").exists())
                .andExpect(xpath("//*[@id='nav-menu']//button[@id='sign-out']").string("Sign out"));
        mvc.perform(get("/login"))
                .andExpect(xpath("//*[@id='nav-toggle']").doesNotExist())
                .andExpect(xpath("//*[@id='nav-menu']").doesNotExist());
    }
}
