package cn.fazhi.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Collects every module's {@link NavItem}s; the layout asks it for the current user's menu, grouped by section. */
@Component("navigation")
public class Navigation {

    private final List<NavItem> items;
    private final List<NavBadge> badges;

    public Navigation(List<NavItem> items, List<NavBadge> badges) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
        this.badges = badges;
    }

    /** The number beside the entry with this path for the current user (0: none), from the {@link NavBadge}s. */
    public long badge(String path) {
        long count = 0;
        for (NavBadge badge : badges) {
            if (badge.path().equals(path)) {
                count += badge.count();
            }
        }
        return count;
    }

    public Map<String, List<NavItem>> visible() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Map<String, List<NavItem>> sections = new LinkedHashMap<>();
        for (NavItem item : items) {
            if (item.authority() == null || hasAuthority(auth, item.authority())) {
                sections.computeIfAbsent(item.section(), k -> new java.util.ArrayList<>()).add(item);
            }
        }
        return sections;
    }

    private static boolean hasAuthority(Authentication auth, String authority) {
        if (auth == null) {
            return false;
        }
        for (GrantedAuthority granted : auth.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
