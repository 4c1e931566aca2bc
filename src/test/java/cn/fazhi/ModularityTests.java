package cn.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: no cycles, no reaching into another module's internal packages. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FazhiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Every module's events can be listened to from another module: a module's {@code events} package is its named
     * interface "events" (package-info: {@code @NamedInterface("events")}), and every event a module publishes is
     * exposed (in that interface or the module's root package).
     */
    @Test
    void everyModuleExposesItsEvents() {
        List<String> withEventsPackage = modules.stream()
                .filter(module -> eventsPackage(module) != null)
                .map(ApplicationModule::getName).toList();
        assertThat(withEventsPackage).contains("mediation", "reconsideration", "legality", "normative", "reports");

        for (ApplicationModule module : modules) {
            JavaPackage events = eventsPackage(module);
            if (events != null) {
                NamedInterface exposed = module.getNamedInterfaces().getByName("events").orElse(null);
                assertThat(exposed).as("named interface 'events' of module %s", module.getName()).isNotNull();
                events.stream().filter(type -> !JavaPackage.isPackageInfoType(type)).forEach(type ->
                        assertThat(exposed.contains(type)).as("%s in the 'events' interface", type.getName()).isTrue());
            }
            module.getPublishedEvents().forEach(event -> assertThat(module.isExposed(event.getType()))
                    .as("event %s published by %s is exposed", event.getType().getName(), module.getName()).isTrue());
        }
    }

    private static JavaPackage eventsPackage(ApplicationModule module) {
        return module.getBasePackage().getDirectSubPackages().stream()
                .filter(p -> p.getLocalName().equals("events")).findFirst().orElse(null);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
