package io.partneracademy.partners;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import jakarta.inject.Singleton;

/**
 * Who may see and manage a partner's people: admins all partners, a partner manager their portfolio,
 * a partner admin their current employer. Every service method that touches a partner asks here.
 */
@Singleton
class PartnerAccess {

    private final ManagerAssignmentRepository assignments;
    private final EmploymentRepository employments;

    PartnerAccess(ManagerAssignmentRepository assignments, EmploymentRepository employments) {
        this.assignments = assignments;
        this.employments = employments;
    }

    boolean canManage(CurrentUser user, long partnerId) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        if (user.has(Role.PARTNER_MANAGER) && assignments.isAssigned(partnerId, user.id())) {
            return true;
        }
        return user.has(Role.PARTNER_ADMIN) && employments.findByUserIdAndEndedOnIsNull(user.id())
                .map(e -> e.partnerId() == partnerId)
                .orElse(false);
    }

    void requireManage(CurrentUser user, long partnerId) {
        if (!canManage(user, partnerId)) {
            throw new PartnerAccessDeniedException();
        }
    }
}
