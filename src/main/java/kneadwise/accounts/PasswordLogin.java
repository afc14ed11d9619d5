package kneadwise.accounts;

import java.util.List;
import kneadwise.accounts.AccountRefusals.TooManyAttempts;
import kneadwise.accounts.AccountRefusals.WrongCredentials;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The web login form, signed in through {@link Accounts#signIn}: the same throttling, the same answer for an unknown
 * email and a wrong password, and the same audit entry as the API's tokens.
 */
final class PasswordLogin implements AuthenticationProvider {

    private final Accounts accounts;

    PasswordLogin(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String address =
                login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
        try {
            Account account = accounts.signIn(login.getName(), String.valueOf(login.getCredentials()), address);
            return UsernamePasswordAuthenticationToken.authenticated(
                    new SignedIn(account), null, List.of(new SimpleGrantedAuthority("ROLE_" + account.role())));
        } catch (WrongCredentials wrong) {
            throw new BadCredentialsException(String.valueOf(wrong.getMessage()));
        } catch (TooManyAttempts throttled) {
            throw new LockedException(String.valueOf(throttled.getMessage()));
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
