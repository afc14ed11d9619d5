package kneadwise.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every footer links to, beside the disclosure at /about: what Kneadwise is not, and what it keeps. */
@Controller
class PolicyPages {

    @GetMapping("/disclaimer")
    String disclaimer() {
        return "home/disclaimer";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "home/privacy";
    }
}
