package io.rolewire.web.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.OrphanSweep;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.WebTestConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(controllers = OrphansController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class OrphansPageTest {

    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrphanSweep sweep;

    @Test
    void thePageReadsNothingUntilTheSweepIsAskedFor() throws Exception {
        mvc.perform(get("/audit/orphans").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//button[@id='sweep']").exists())
                .andExpect(xpath("//table[@id='orphans']").doesNotExist());

        verifyNoInteractions(sweep);
    }

    @Test
    void aSweepListsEachOrphanWithItsRunsAndAdminsMayRewireThem() throws Exception {
        given(sweep.sweep())
                .willReturn(new OrphanSweep.Result(
                        List.of(new OrphanSweep.Orphan("555566667777", "target", "AROA<b>X</b>", List.of(7L))),
                        List.of("other (444455556666): Access denied"),
                        2));

        mvc.perform(get("/audit/orphans").param("sweep", "true").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@id='roles-read']").string("2 destination roles read."))
                .andExpect(xpath("//tr[@id='orphan-0']/td[2]/code").string("AROA<b>X</b>"))
                .andExpect(xpath("//tr[@id='orphan-0']//a/@href").string("/runs/7"))
                .andExpect(xpath("//form[@action='/wizard/from-run/7']/button[@id='repair-7']")
                        .exists())
                .andExpect(xpath("//div[@id='unreadable']//li").string("other (444455556666): Access denied"))
                .andExpect(content().string(not(containsString("<b>X</b>"))));
    }

    @Test
    void aReviewerSeesTheOrphansButNoRewireButton() throws Exception {
        given(sweep.sweep())
                .willReturn(new OrphanSweep.Result(
                        List.of(new OrphanSweep.Orphan("555566667777", "target", "AROAEXAMPLE1234", List.of(7L))),
                        List.of(),
                        1));

        mvc.perform(get("/audit/orphans").param("sweep", "true").with(REVIEWER))
                .andExpect(xpath("//tr[@id='orphan-0']//a/@href").string("/runs/7"))
                .andExpect(xpath("//button[@id='repair-7']").doesNotExist());
    }

    @Test
    void nothingFoundIsSaidPlainly() throws Exception {
        given(sweep.sweep()).willReturn(new OrphanSweep.Result(List.of(), List.of(), 3));

        mvc.perform(get("/audit/orphans").param("sweep", "true").with(REVIEWER))
                .andExpect(xpath("//p[@id='orphans-none']").exists());
    }
}
