package io.rolewire.web;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.RunLifecycle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts {@code pendingApprovals} (how many runs wait for an admin) into every page an admin sees, for
 * the count next to "Pending approvals" in the navigation. Only for admins and only for a page
 * about to be rendered: other roles, redirects and JSON answers never run the count.
 */
final class PendingApprovalsCount implements HandlerInterceptor {

    static final String ATTRIBUTE = "pendingApprovals";

    private final ObjectProvider<RunLifecycle> lifecycle;

    PendingApprovalsCount(ObjectProvider<RunLifecycle> lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || isRedirect(page) || !request.isUserInRole(ActingUser.ADMIN)) {
            return;
        }
        RunLifecycle runs = lifecycle.getIfAvailable();
        if (runs != null) {
            page.addObject(ATTRIBUTE, runs.countAwaitingApproval());
        }
    }

    private static boolean isRedirect(ModelAndView page) {
        String view = page.getViewName();
        return view != null && view.startsWith("redirect:");
    }
}
