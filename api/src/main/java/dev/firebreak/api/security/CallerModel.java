package dev.firebreak.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in caller on every war-room page ("Signed in as …"). */
@ControllerAdvice(basePackages = {"dev.firebreak.api.warroom", "dev.firebreak.api.security"})
class CallerModel {
  @ModelAttribute("caller")
  Caller caller() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() || auth instanceof
        org.springframework.security.authentication.AnonymousAuthenticationToken ? null : Caller.of(auth);
  }
}
