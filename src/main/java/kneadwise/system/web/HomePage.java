package kneadwise.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what Kneadwise does, in two sentences, and where to start. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "home/index";
    }
}
