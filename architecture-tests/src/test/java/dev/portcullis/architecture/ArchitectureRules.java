package dev.portcullis.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callConstructorWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The architecture rules of DESIGN.md §1 and STYLE.md §10, one constant per rule.
 *
 * <p>{@code ArchitectureSpec} runs every constant against the production classes and
 * {@code ArchitectureRulesCatchViolationsSpec} proves each one fails on a deliberate violation. Rules
 * only get stricter, and none of them allows an empty subject: a rule that matches no class fails.
 * Framework types are named by string so that a rule never needs the framework on the classpath.
 */
public final class ArchitectureRules {

    private static final String ROOT = "dev.portcullis";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String APPLICATION = ROOT + ".application..";
    private static final String APPLICATION_PORT = ROOT + ".application.port..";
    private static final String ADAPTERS_REST = ROOT + ".adapters.rest..";
    private static final String ADAPTERS_PERSISTENCE = ROOT + ".adapters.persistence..";
    private static final String ADAPTERS_CRYPTO = ROOT + ".adapters.crypto..";
    private static final String BOOTSTRAP = ROOT + ".bootstrap..";
    private static final String PLAIN_JAVA_CORE = "DESIGN.md §1: domain and application are plain Java";

    /**
     * The Micronaut annotations that bind configuration. {@code PropertySource} is what javac writes for a
     * repeated {@code @Property}.
     */
    private static final Set<String> CONFIGURATION_BINDINGS = Set.of(
            "io.micronaut.context.annotation.Value",
            "io.micronaut.context.annotation.Property",
            "io.micronaut.context.annotation.PropertySource",
            "io.micronaut.context.annotation.ConfigurationProperties",
            "io.micronaut.context.annotation.EachProperty");

    // §10.1 The core depends on the JDK and on itself.

    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JDK_AND_DOMAIN = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("DESIGN.md §1: the domain depends on the JDK only");

    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_JDK_DOMAIN_AND_APPLICATION = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
            .because("DESIGN.md §1: the application depends on the domain and the JDK only");

    // The two rules above already forbid these; the named rules make the failure say which framework leaked.

    public static final ArchRule CORE_DOES_NOT_USE_MICRONAUT =
            coreDoesNotUse("Micronaut", "io.micronaut..");

    public static final ArchRule CORE_DOES_NOT_USE_JAKARTA =
            coreDoesNotUse("Jakarta EE", "jakarta..", "javax.inject..", "javax.annotation..");

    public static final ArchRule CORE_DOES_NOT_USE_JDBC =
            coreDoesNotUse("JDBC", "java.sql..", "javax.sql..");

    public static final ArchRule CORE_DOES_NOT_USE_JACKSON =
            coreDoesNotUse("Jackson", "com.fasterxml.jackson..");

    public static final ArchRule CORE_DOES_NOT_USE_NIMBUS =
            coreDoesNotUse("Nimbus JOSE+JWT", "com.nimbusds..");

    public static final ArchRule CORE_DOES_NOT_USE_A_LOGGING_FRAMEWORK = coreDoesNotUse(
            "a logging framework (use System.Logger or an event port)",
            "org.slf4j..", "ch.qos.logback..", "org.apache.logging..", "org.apache.log4j..",
            "org.apache.commons.logging..", "java.util.logging..");

    // §10.2 Adapters are independent and nothing depends on bootstrap.

    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching(ROOT + ".adapters.(*)..")
            .should().notDependOnEachOther()
            .because("DESIGN.md §1: no adapter depends on another adapter");

    public static final ArchRule ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("STYLE.md §1: nothing depends on bootstrap");

    // Compatibility surfaces are independent of each other in the same way (issue 10), and the server's own
    // surfaces never lean on one of them (issue 11): a surface can be switched off, or removed, alone.

    public static final ArchRule COMPAT_SURFACES_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching(ROOT + ".adapters.rest.compat.(*)..")
            .should().notDependOnEachOther()
            .because("DESIGN.md §9: compat packages never depend on each other");

    public static final ArchRule ONLY_COMPAT_SURFACES_DEPEND_ON_COMPAT_SURFACES = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".adapters.rest.compat..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".adapters.rest.compat..")
            .because("DESIGN.md §9: a compatibility surface translates to the core; nothing else is built on it");

    // §10.3 The REST adapter drives the application through its use cases only.

    public static final ArchRule REST_DOES_NOT_USE_APPLICATION_SERVICES = noClasses()
            .that().resideInAPackage(ADAPTERS_REST)
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(simpleNameEndingWith("Service")))
            .because("STYLE.md §10.3: controllers call *UseCase interfaces, never their *Service implementations");

    public static final ArchRule REST_DOES_NOT_USE_OUTBOUND_PORTS = noClasses()
            .that().resideInAPackage(ADAPTERS_REST)
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".application.port..")
            .because("STYLE.md §10.3: outbound ports belong to the application and its outbound adapters");

    public static final ArchRule REST_DOES_NOT_USE_THE_GRANT_EXTENSION_POINT = noClasses()
            .that().resideInAPackage(ADAPTERS_REST)
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".application.grant..")
            .because("STYLE.md §10.3: grants are reached through the token use case, not their handlers");

    // §10.4 Outbound adapters never reach back into the inbound side.

    public static final ArchRule OUTBOUND_ADAPTERS_DO_NOT_USE_USE_CASES_SERVICES_OR_GRANT_HANDLERS = noClasses()
            .that().resideInAnyPackage(ADAPTERS_PERSISTENCE, ADAPTERS_CRYPTO)
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(
                    simpleNameEndingWith("UseCase")
                            .or(simpleNameEndingWith("Service"))
                            .or(simpleNameEndingWith("GrantHandler"))))
            .because("STYLE.md §10.4: outbound adapters implement ports and are driven, they drive nothing");

    /**
     * Of the other modules, persistence sees only the ports it implements and the domain values they
     * exchange (issue 10): no application class outside {@code application.port..}, no other adapter, no
     * bootstrap, and nothing else under {@code dev.portcullis} that may appear later.
     */
    public static final ArchRule PERSISTENCE_DEPENDS_ONLY_ON_PORTS_AND_DOMAIN = noClasses()
            .that().resideInAPackage(ADAPTERS_PERSISTENCE)
            .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                    .and(resideOutsideOfPackages(DOMAIN, APPLICATION_PORT, ADAPTERS_PERSISTENCE))
                    .as("reside in " + ROOT + ".. outside of " + DOMAIN + ", " + APPLICATION_PORT
                            + " and " + ADAPTERS_PERSISTENCE))
            .because("STYLE.md §10.4: a storage adapter implements the application's ports over domain values");

    // §10.5 Outbound ports are contracts.

    public static final ArchRule PORTS_ARE_INTERFACES_OR_RECORDS = classes()
            .that().resideInAPackage(ROOT + ".application.port..")
            .and().areTopLevelClasses()
            .should().beInterfaces()
            .orShould().beRecords()
            .because("STYLE.md §10.5: a port is an interface, plus the records it exchanges");

    /**
     * Use cases and ports speak typed values, not JSON objects (issue 10). No public method of a
     * {@code *UseCase} type in the application, nor of an interface in {@code application.port..}, has a
     * {@code Map<String, Object>} anywhere in its return or parameter types, type arguments and type
     * variable bounds included ({@code Optional<Map<String, Object>>}, {@code List<Map<String, Object>>}).
     * A {@code Map<String, ?>} counts too, as does any wildcard whose values read as {@code Object}: it
     * is the same wire-shaped map. Maps with typed values ({@code Map<String, String>},
     * {@code Map<String, List<String>>}) are fine, and so are raw types, which javac already warns about.
     */
    public static final ArchRule CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS = classes()
            .that(resideInAPackage(APPLICATION).and(simpleNameEndingWith("UseCase"))
                    .or(resideInAPackage(APPLICATION_PORT).and(INTERFACES))
                    .as("are *UseCase types in " + APPLICATION + " or interfaces in " + APPLICATION_PORT))
            .should(notHaveWireMapsInPublicMethodSignatures())
            .because("DESIGN.md §9: the core takes typed commands, never a surface's JSON");

    // §10.6 Micronaut types sit where their technology lives and are named for their role.

    public static final ArchRule CONTROLLERS_LIVE_IN_REST_AND_END_IN_CONTROLLER = classes()
            .that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
            .should().resideInAPackage(ADAPTERS_REST)
            .andShould().haveSimpleNameEndingWith("Controller")
            .because("STYLE.md §3 and §10.6");

    public static final ArchRule MAPPED_ENTITIES_LIVE_IN_JDBC_AND_END_IN_ROW = classes()
            .that().areAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
            .should().resideInAPackage(ROOT + ".adapters.persistence.jdbc..")
            .andShould().haveSimpleNameEndingWith("Row")
            .because("STYLE.md §3 and §10.6");

    /**
     * {@code @Value}, {@code @Property}, {@code @ConfigurationProperties} and {@code @EachProperty} (directly
     * or through an annotation that carries them) only in bootstrap (issue 10): not on a class elsewhere,
     * nor on its fields, methods, constructors or their parameters, where {@code @Value("${..}")} on a
     * constructor parameter is the usual way in. The condition walks the parameters itself rather than
     * trusting the dependencies to include parameter annotations.
     */
    public static final ArchRule CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP = classes()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should(notBindConfiguration())
            .because("STYLE.md §9: configuration is bound in bootstrap and reaches the rest as plain settings");

    public static final ArchRule ROWS_ARE_USED_ONLY_INSIDE_THEIR_PACKAGE = classes()
            .that().haveSimpleNameEndingWith("Row")
            .or().haveSimpleNameEndingWith("Rows")
            .should(beUsedOnlyInsideTheirOwnPackage())
            .because("STYLE.md §10.6: tables are an implementation detail of their JDBC repository");

    // §10.7 Grant handlers are named for their grant.
    // ArchitectureSpec gets a row for this rule when the GrantHandler port exists (issue 3); until then
    // the rule has no production subject and only ArchitectureRulesCatchViolationsSpec exercises it.

    public static final String GRANT_HANDLER_PORT = ROOT + ".application.grant.GrantHandler";

    public static final ArchRule GRANT_HANDLERS_END_IN_GRANT_HANDLER = classes()
            .that().implement(GRANT_HANDLER_PORT)
            .should().haveSimpleNameEndingWith("GrantHandler")
            .because("STYLE.md §3: <Grant>GrantHandler");

    // §10.8 Time and randomness reach the core through ports, so that specs control them.

    public static final ArchRule CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should(callMethod(Instant.class, "now"))
            .orShould(callMethod(System.class, "currentTimeMillis"))
            .because("STYLE.md §10.8: the core takes the time from the clock port");

    public static final ArchRule CORE_DOES_NOT_CREATE_RANDOMNESS = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should(callMethod(UUID.class, "randomUUID"))
            .orShould(constructA(Random.class))
            .orShould(constructA(SecureRandom.class))
            .because("STYLE.md §10.8: the core takes identifiers and secrets from the randomness port");

    // §10.9 No package cycles within a module: every package of the module is its own slice, so a cycle
    // between a package and its sub-package counts too.

    public static final ArchRule NO_PACKAGE_CYCLES_IN_DOMAIN = noPackageCyclesIn("domain");
    public static final ArchRule NO_PACKAGE_CYCLES_IN_APPLICATION = noPackageCyclesIn("application");
    public static final ArchRule NO_PACKAGE_CYCLES_IN_ADAPTERS_REST = noPackageCyclesIn("adapters.rest");
    public static final ArchRule NO_PACKAGE_CYCLES_IN_ADAPTERS_PERSISTENCE = noPackageCyclesIn("adapters.persistence");
    public static final ArchRule NO_PACKAGE_CYCLES_IN_ADAPTERS_CRYPTO = noPackageCyclesIn("adapters.crypto");
    public static final ArchRule NO_PACKAGE_CYCLES_IN_BOOTSTRAP = noPackageCyclesIn("bootstrap");

    // §10.9 General coding rules.

    /** Fields annotated with {@code jakarta.inject.Inject} (and the javax, Guice and Spring equivalents). */
    public static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    /** {@code System.out}, {@code System.err} and {@code printStackTrace()}. */
    public static final ArchRule NO_STANDARD_STREAMS =
            GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                    .because("STYLE.md §10.9: log through System.Logger or an event port");

    /**
     * Any dependency on {@code java.util.logging}. Stricter than
     * {@link GeneralCodingRules#NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING}, which only sees fields whose type is a
     * JUL class and misses {@code Logger.getLogger(..).info(..)} in a method body.
     */
    public static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("STYLE.md §10.9: log through System.Logger, which bootstrap routes to the real backend");

    /** Creating a bare {@code Throwable}, {@code Exception} or {@code RuntimeException}; subclasses may call super. */
    public static final ArchRule NO_GENERIC_EXCEPTIONS =
            GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
                    .because("STYLE.md §7 and §10.9: throw a named exception, OAuthException for protocol errors");

    private ArchitectureRules() {
    }

    private static ArchRule coreDoesNotUse(String framework, String... packages) {
        return noClasses()
                .that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(packages)
                .as("the core (domain, application) should not depend on " + framework + " "
                        + String.join(", ", packages))
                .because(PLAIN_JAVA_CORE);
    }

    /** Any constructor of exactly this type, so {@code new Random(seed)} counts as well as {@code new Random()}. */
    private static ArchCondition<JavaClass> constructA(Class<?> type) {
        return callConstructorWhere(describe("new " + type.getName() + "(..)",
                (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(type)));
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnPackage() {
        return new ArchCondition<>("be used only inside their own package") {
            @Override
            public void check(JavaClass used, ConditionEvents events) {
                for (Dependency dependency : used.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(used.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                used.getName() + " is used outside its package by " + user.getName()
                                        + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notBindConfiguration() {
        return new ArchCondition<>("not carry @Value, @Property, @ConfigurationProperties or @EachProperty on "
                + "the class, its fields, methods, constructors or their parameters") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                reportConfigurationBindings(type, type, events);
                for (JavaField field : type.getFields()) {
                    reportConfigurationBindings(field, field, events);
                }
                for (JavaCodeUnit codeUnit : type.getCodeUnits()) {
                    reportConfigurationBindings(codeUnit, codeUnit, events);
                    for (JavaParameter parameter : codeUnit.getParameters()) {
                        reportConfigurationBindings(parameter, codeUnit, events);
                    }
                }
            }
        };
    }

    private static void reportConfigurationBindings(HasAnnotations<?> element, HasSourceCodeLocation location,
                                                    ConditionEvents events) {
        for (JavaAnnotation<?> annotation : element.getAnnotations()) {
            if (bindsConfiguration(annotation.getRawType())) {
                events.add(SimpleConditionEvent.violated(element, element.getDescription() + " is annotated with @"
                        + annotation.getRawType().getName() + " in " + location.getSourceCodeLocation()));
            }
        }
    }

    private static boolean bindsConfiguration(JavaClass annotationType) {
        return CONFIGURATION_BINDINGS.contains(annotationType.getName())
                || CONFIGURATION_BINDINGS.stream().anyMatch(binding ->
                        annotationType.isAnnotatedWith(binding) || annotationType.isMetaAnnotatedWith(binding));
    }

    private static ArchCondition<JavaClass> notHaveWireMapsInPublicMethodSignatures() {
        return new ArchCondition<>("not have Map<String, Object> in a public method's return or parameter types") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMethod method : type.getMethods()) {
                    Set<JavaModifier> modifiers = method.getModifiers();
                    if (!modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.SYNTHETIC)
                            || modifiers.contains(JavaModifier.BRIDGE)) {
                        continue;
                    }
                    reportWireMap(method, "returns", method.getReturnType(), events);
                    List<JavaType> parameterTypes = method.getParameterTypes();
                    for (int index = 0; index < parameterTypes.size(); index++) {
                        reportWireMap(method, "takes as parameter " + index, parameterTypes.get(index), events);
                    }
                }
            }
        };
    }

    private static void reportWireMap(JavaMethod method, String role, JavaType type, ConditionEvents events) {
        wireMapIn(type).ifPresent(wireMap -> events.add(SimpleConditionEvent.violated(method,
                method.getDescription() + " " + role + " " + type.getName()
                        + (wireMap == type ? "" : ", which holds " + wireMap.getName())
                        + ", a wire-shaped map, in " + method.getSourceCodeLocation())));
    }

    /** The first {@code Map<String, Object>} in a type's signature, the type itself included. */
    private static Optional<JavaParameterizedType> wireMapIn(JavaType type) {
        JavaParameterizedType[] found = new JavaParameterizedType[1];
        type.traverseSignature(new JavaType.SignatureVisitor() {
            @Override
            public Result visitParameterizedType(JavaParameterizedType candidate) {
                if (isWireMap(candidate)) {
                    found[0] = candidate;
                    return Result.STOP;
                }
                return Result.CONTINUE;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    private static boolean isWireMap(JavaParameterizedType type) {
        List<JavaType> arguments = type.getActualTypeArguments();
        return type.toErasure().isAssignableTo(Map.class)
                && arguments.size() == 2
                && arguments.get(0).toErasure().isEquivalentTo(String.class)
                && readsAsObject(arguments.get(1));
    }

    /** {@code Object} itself, or a wildcard ({@code ?}, {@code ? extends Object}, {@code ? super T}) read as one. */
    private static boolean readsAsObject(JavaType value) {
        if (value instanceof JavaWildcardType wildcard) {
            return wildcard.getUpperBounds().stream().allMatch(bound -> bound.toErasure().isEquivalentTo(Object.class));
        }
        return value instanceof JavaClass type && type.isEquivalentTo(Object.class);
    }

    private static ArchRule noPackageCyclesIn(String module) {
        String modulePackage = ROOT + "." + module;
        return slices()
                .assignedFrom(new EachPackageOf(modulePackage))
                .should().beFreeOfCycles()
                .because("STYLE.md §10.9: no package cycles within a module");
    }

    /** One slice per package of a module, the module's root package included. */
    private static final class EachPackageOf implements SliceAssignment {
        private final String modulePackage;

        private EachPackageOf(String modulePackage) {
            this.modulePackage = modulePackage;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String packageName = javaClass.getPackageName();
            boolean inModule = packageName.equals(modulePackage) || packageName.startsWith(modulePackage + ".");
            return inModule ? SliceIdentifier.of(packageName) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of " + modulePackage;
        }
    }
}
