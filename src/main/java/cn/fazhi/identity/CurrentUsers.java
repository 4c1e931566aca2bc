package cn.fazhi.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.fazhi.identity.domain.FazhiUserDetails;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/** Who is calling, for pages and API controllers of every module. */
@Component
public class CurrentUsers implements cn.fazhi.platform.scope.Caller {

    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FazhiUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return current().orElseThrow(() -> new UserFacingException(org.springframework.http.HttpStatus.UNAUTHORIZED,
                "error.unauthenticated"));
    }

    @Override
    public DataScope scope() {
        return require().scope();
    }

    @Override
    public Long userId() {
        return current().map(CurrentUser::id).orElse(null);
    }

    @Override
    public String username() {
        return current().map(CurrentUser::username).orElse(null);
    }

    @Override
    public boolean can(String permission) {
        return current().map(u -> u.can(permission)).orElse(false);
    }
}
