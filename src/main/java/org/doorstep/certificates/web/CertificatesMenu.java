package org.doorstep.certificates.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** Kept apart from the controller, whose method security would refuse the menu to a page built for a citizen. */
@Component
class CertificatesMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("电子证照", CertificatesConsoleController.ROOT, "CERTIFICATE_VIEW", 450));
    }
}
