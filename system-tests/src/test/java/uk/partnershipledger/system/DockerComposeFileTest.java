package uk.partnershipledger.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the production {@code docker-compose.yml}, the services' Dockerfiles and the PostgreSQL
 * init script without a Docker engine (there is none on the build machines): the files are parsed
 * and the wiring between them is asserted, value by value.
 */
class DockerComposeFileTest {

  /** The two services this repository builds, with what the compose file must say about each. */
  private record AppService(String name, int port, String database) {}

  private static final List<AppService> APP_SERVICES =
      List.of(
          new AppService("command-service", 8080, "ledger_command"),
          new AppService("query-service", 8081, "ledger_query"));

  private static final String AXON_UPDATE_CHECKER_OFF = "-Daxoniq.update-checker.disabled=true";
  private static final Pattern POSTGRES_URL =
      Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([A-Za-z0-9_]+)(\\?.*)?");

  private static Path root;
  private static String composeText;
  private static Map<String, Object> compose;

  @BeforeAll
  static void readComposeFile() throws IOException {
    root = repositoryRoot();
    composeText = Files.readString(root.resolve("docker-compose.yml"));
    Object loaded = new Yaml().load(composeText);
    assertThat(loaded).as("docker-compose.yml is a YAML mapping").isInstanceOf(Map.class);
    compose = map(loaded, "docker-compose.yml");
  }

  // ------------------------------------------------------------------------------------ the file

  @Test
  void defines_kafka_postgres_and_both_services() {
    assertThat(services()).containsKeys("kafka", "postgres", "command-service", "query-service");
  }

  @Test
  void uses_the_compose_specification_without_an_obsolete_version_key() {
    assertThat(compose).doesNotContainKey("version");
  }

  // ------------------------------------------------------------------------------------ ports

  @Test
  void publishes_each_port_on_the_host_from_the_service_that_listens_on_it() {
    assertThat(publishedHostPorts("command-service")).contains(8080);
    assertThat(publishedHostPorts("query-service")).contains(8081);
    assertThat(publishedHostPorts("kafka")).contains(9092);
    assertThat(publishedHostPorts("postgres")).contains(5432);

    assertThat(containerPortPublishedAt("command-service", 8080)).isEqualTo(8080);
    assertThat(containerPortPublishedAt("query-service", 8081)).isEqualTo(8081);
    assertThat(containerPortPublishedAt("postgres", 5432)).isEqualTo(5432);
  }

  @Test
  void host_clients_reach_kafka_at_localhost_9092() {
    // The host port must lead to a listener that advertises an address the host can resolve.
    int target = containerPortPublishedAt("kafka", 9092);
    Map<String, String> env = environment("kafka");
    String listener =
        listenerOnPort(env.get("KAFKA_LISTENERS"), target)
            .orElseThrow(() -> new AssertionError("no Kafka listener on container port " + target));

    assertThat(listenerAddresses(env.get("KAFKA_ADVERTISED_LISTENERS")))
        .as("address advertised by listener %s", listener)
        .containsEntry(listener, "localhost:9092");
  }

  // ------------------------------------------------------------------------------------ kafka

  @Test
  void kafka_runs_in_kraft_mode_without_zookeeper() {
    Map<String, String> env = environment("kafka");
    assertThat(image("kafka")).isEqualTo("apache/kafka:4.2.1");
    assertThat(splitList(env.get("KAFKA_PROCESS_ROLES")))
        .containsExactlyInAnyOrder("broker", "controller");

    String nodeId = env.get("KAFKA_NODE_ID");
    assertThat(nodeId).as("KAFKA_NODE_ID").isNotBlank();
    String controllerName = env.get("KAFKA_CONTROLLER_LISTENER_NAMES");
    assertThat(controllerName).isEqualTo("CONTROLLER");
    assertThat(listenerPorts(env.get("KAFKA_LISTENERS"))).containsEntry(controllerName, 9093);
    assertThat(splitList(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")))
        .as("the single node votes for itself on its controller listener")
        .containsExactly(nodeId + "@kafka:9093");

    assertThat(composeText.toLowerCase(Locale.ROOT)).doesNotContain("zookeeper");
  }

  @Test
  void kafka_advertises_itself_to_the_other_containers_as_kafka_9092() {
    Map<String, String> env = environment("kafka");
    assertThat(listenerPorts(env.get("KAFKA_LISTENERS"))).containsEntry("PLAINTEXT", 9092);
    assertThat(listenerAddresses(env.get("KAFKA_ADVERTISED_LISTENERS")))
        .containsEntry("PLAINTEXT", "kafka:9092");
  }

  @Test
  void kafka_keeps_governance_events_forever_on_a_named_volume() {
    Map<String, String> env = environment("kafka");
    assertThat(env)
        .containsEntry("KAFKA_LOG_RETENTION_HOURS", "-1")
        .containsEntry("KAFKA_NUM_PARTITIONS", "3")
        .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
        .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1");

    String logDirs = env.get("KAFKA_LOG_DIRS");
    assertThat(logDirs).as("KAFKA_LOG_DIRS").isNotBlank();
    assertThat(namedVolumeMountedAt("kafka", logDirs))
        .as("a named volume holds Kafka's log directory %s", logDirs)
        .isPresent();
  }

  // ------------------------------------------------------------------------------------ postgres

  @Test
  void postgres_keeps_its_data_on_a_named_volume_and_takes_its_password_from_the_environment() {
    assertThat(image("postgres")).isEqualTo("postgres:15");
    assertThat(namedVolumeMountedAt("postgres", "/var/lib/postgresql/data")).isPresent();
    assertThat(environment("postgres").get("POSTGRES_PASSWORD"))
        .as("POSTGRES_PASSWORD comes from the environment, with a default")
        .matches("\\$\\{POSTGRES_PASSWORD:-[^}]+}");
  }

  @Test
  void postgres_runs_an_init_script_that_creates_the_database_of_each_service() throws IOException {
    Path script = initScriptMountedInto("postgres", "/docker-entrypoint-initdb.d/");
    assertThat(script).isEqualTo(root.resolve("docker/postgres/init.sql"));
    assertThat(script).isRegularFile();

    Set<String> created = new LinkedHashSet<>();
    Matcher m =
        Pattern.compile("(?i)\\bcreate\\s+database\\s+\"?([A-Za-z0-9_]+)\"?")
            .matcher(stripSqlComments(Files.readString(script)));
    while (m.find()) {
      created.add(m.group(1).toLowerCase(Locale.ROOT));
    }

    for (AppService service : APP_SERVICES) {
      assertThat(created)
          .as("databases created by %s, which %s reads", root.relativize(script), service.name())
          .contains(databaseOf(service.name()));
    }
  }

  // ------------------------------------------------------------------------------------ services

  @Test
  void both_services_build_from_this_repository_with_their_own_dockerfile() {
    for (AppService service : APP_SERVICES) {
      Map<String, Object> build =
          map(service(service.name()).get("build"), service.name() + ".build");
      Path context = root.resolve(String.valueOf(build.get("context"))).normalize();
      assertThat(context).as("%s build context", service.name()).isEqualTo(root);
      assertThat(build.get("dockerfile"))
          .as("%s dockerfile", service.name())
          .isEqualTo(service.name() + "/Dockerfile");
      assertThat(context.resolve(service.name() + "/Dockerfile")).isRegularFile();
    }
  }

  @Test
  void each_service_reads_its_own_postgres_database() {
    String postgresPassword = environment("postgres").get("POSTGRES_PASSWORD");
    for (AppService service : APP_SERVICES) {
      Map<String, String> env = environment(service.name());
      Matcher url = POSTGRES_URL.matcher(String.valueOf(env.get("SPRING_DATASOURCE_URL")));
      assertThat(url.matches())
          .as(
              "%s SPRING_DATASOURCE_URL %s is a PostgreSQL JDBC URL",
              service.name(), env.get("SPRING_DATASOURCE_URL"))
          .isTrue();
      assertThat(url.group(1)).as("%s database host", service.name()).isEqualTo("postgres");
      assertThat(url.group(2)).as("%s database port", service.name()).isEqualTo("5432");
      assertThat(url.group(3)).as("%s database", service.name()).isEqualTo(service.database());

      assertThat(env)
          .as("%s credentials", service.name())
          .containsEntry(
              "SPRING_DATASOURCE_USERNAME",
              environment("postgres").getOrDefault("POSTGRES_USER", "postgres"))
          .containsEntry("SPRING_DATASOURCE_PASSWORD", postgresPassword);
    }
    assertThat(databaseOf("command-service")).isNotEqualTo(databaseOf("query-service"));
  }

  @Test
  void each_service_reaches_kafka_at_kafka_9092() {
    for (AppService service : APP_SERVICES) {
      assertThat(environment(service.name()))
          .as(service.name())
          .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
    }
  }

  @Test
  void command_service_creates_the_topic_with_one_replica_for_the_single_broker() {
    assertThat(environment("command-service"))
        .containsEntry("LEDGER_PUBLICATION_REPLICATION_FACTOR", "1");
  }

  @Test
  void each_service_starts_only_after_kafka_and_postgres_are_healthy() {
    for (AppService service : APP_SERVICES) {
      Map<String, Object> dependsOn =
          map(service(service.name()).get("depends_on"), service.name() + ".depends_on");
      for (String dependency : List.of("kafka", "postgres")) {
        Map<String, Object> condition =
            map(dependsOn.get(dependency), service.name() + ".depends_on." + dependency);
        assertThat(condition.get("condition"))
            .as("%s waits for %s", service.name(), dependency)
            .isEqualTo("service_healthy");
      }
    }
  }

  @Test
  void each_service_logs_json_and_restarts_unless_stopped() {
    for (AppService service : APP_SERVICES) {
      assertThat(environment(service.name()))
          .as(service.name())
          .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
      assertThat(service(service.name()).get("restart"))
          .as(service.name())
          .isEqualTo("unless-stopped");
    }
  }

  // ------------------------------------------------------------------------------------ health

  @Test
  void every_container_has_a_healthcheck() {
    for (String name : services().keySet()) {
      List<String> test = healthcheckTest(name);
      assertThat(test).as("%s healthcheck test", name).isNotEmpty();
      assertThat(test.get(0)).as("%s healthcheck", name).isNotEqualTo("NONE");
      assertThat(map(service(name).get("healthcheck"), name).get("disable"))
          .as("%s healthcheck disabled", name)
          .isNotEqualTo(Boolean.TRUE);
    }
    assertThat(String.join(" ", healthcheckTest("kafka")))
        .contains("kafka-broker-api-versions.sh")
        .contains("localhost:9092");
    assertThat(String.join(" ", healthcheckTest("postgres"))).contains("pg_isready");
  }

  @Test
  void each_service_is_healthy_when_its_actuator_health_answers() throws IOException {
    for (AppService service : APP_SERVICES) {
      List<String> test = healthcheckTest(service.name());
      assertThat(String.join(" ", test))
          .as("%s healthcheck", service.name())
          .contains("http://localhost:" + service.port() + "/actuator/health");

      // The tool the check runs must be installed in the image the service runs in.
      String tool = healthcheckTool(test);
      assertThat(tool).as("%s healthcheck tool", service.name()).isIn("curl", "wget");
      assertThat(
              runtimeStage(service.name()).stream()
                  .filter(i -> i.keyword().equals("RUN"))
                  .map(Instruction::arguments)
                  .anyMatch(
                      run ->
                          run.contains("install")
                              && Arrays.asList(run.split("[\\s;&|]+")).contains(tool)))
          .as("%s's runtime stage installs %s for its healthcheck", service.name(), tool)
          .isTrue();
    }
  }

  // ------------------------------------------------------------------------------------ images

  @Test
  void dockerfile_build_stage_packages_its_own_module_with_the_maven_wrapper() throws IOException {
    for (AppService service : APP_SERVICES) {
      List<List<Instruction>> stages = stages(service.name());
      assertThat(stages).as("%s Dockerfile stages", service.name()).hasSizeGreaterThanOrEqualTo(2);
      List<Instruction> build = stages.get(0);
      assertThat(fromImage(build))
          .as("%s build image", service.name())
          .isEqualTo("eclipse-temurin:17-jdk");

      List<String> maven =
          build.stream()
              .filter(i -> i.keyword().equals("RUN") && i.arguments().contains("./mvnw"))
              .map(Instruction::arguments)
              .toList();
      assertThat(maven).as("%s build stage runs ./mvnw", service.name()).hasSize(1);
      List<String> words = Arrays.asList(maven.get(0).split("\\s+"));
      assertThat(words)
          .as("%s build command", service.name())
          .contains("package", "-am", "-DskipTests")
          .containsSubsequence("-pl", service.name());
    }
  }

  @Test
  void dockerfile_build_stage_has_every_module_pom_the_reactor_lists() throws IOException {
    List<String> modules = reactorModules();
    assertThat(modules).contains("command-service", "query-service");
    for (AppService service : APP_SERVICES) {
      List<String> copied =
          stages(service.name()).get(0).stream()
              .filter(i -> i.keyword().equals("COPY") && !i.arguments().startsWith("--from"))
              .flatMap(i -> copySources(i.arguments()).stream())
              .map(DockerComposeFileTest::trimSlashes)
              .toList();
      assertThat(copied)
          .as("%s copies the wrapper and the root pom", service.name())
          .contains("mvnw", ".mvn", "pom.xml");
      for (String module : modules) {
        assertThat(copied)
            .as("%s's build stage copies %s/pom.xml (or the whole module)", service.name(), module)
            .containsAnyOf(module + "/pom.xml", module, ".");
      }
    }
  }

  @Test
  void dockerfile_runtime_stage_runs_the_module_jar_on_a_jre() throws IOException {
    for (AppService service : APP_SERVICES) {
      List<Instruction> runtime = runtimeStage(service.name());
      assertThat(fromImage(runtime))
          .as("%s runtime image", service.name())
          .isEqualTo("eclipse-temurin:17-jre");
      assertThat(runtime)
          .as("%s runtime stage copies the module's jar from the build stage", service.name())
          .anyMatch(
              i ->
                  i.keyword().equals("COPY")
                      && i.arguments().startsWith("--from=build")
                      && i.arguments()
                          .contains(service.name() + "/target/" + service.name() + ".jar"));
      assertThat(runtime)
          .as("%s EXPOSE", service.name())
          .anyMatch(
              i ->
                  i.keyword().equals("EXPOSE")
                      && Arrays.asList(i.arguments().split("\\s+"))
                          .contains(String.valueOf(service.port())));
    }
  }

  @Test
  void dockerfile_runtime_stage_disables_the_axon_update_checker() throws IOException {
    for (AppService service : APP_SERVICES) {
      assertThat(runtimeStage(service.name()))
          .as("%s runtime stage passes %s to the JVM", service.name(), AXON_UPDATE_CHECKER_OFF)
          .anyMatch(
              i ->
                  (i.keyword().equals("ENTRYPOINT")
                          || i.keyword().equals("CMD")
                          || (i.keyword().equals("ENV")
                              && i.arguments().contains("JAVA_TOOL_OPTIONS")))
                      && i.arguments().contains(AXON_UPDATE_CHECKER_OFF));
    }
  }

  @Test
  void dockerfile_runtime_stage_runs_as_a_non_root_user() throws IOException {
    for (AppService service : APP_SERVICES) {
      List<String> users =
          runtimeStage(service.name()).stream()
              .filter(i -> i.keyword().equals("USER"))
              .map(i -> i.arguments().split(":")[0].trim())
              .toList();
      assertThat(users).as("%s runtime USER", service.name()).isNotEmpty();
      assertThat(users.get(users.size() - 1)).as("%s runs as", service.name()).isNotIn("root", "0");
    }
  }

  @Test
  void build_context_leaves_out_build_output_local_data_and_history() throws IOException {
    Path dockerignore = root.resolve(".dockerignore");
    assertThat(dockerignore).isRegularFile();
    Set<String> patterns =
        Files.readAllLines(dockerignore).stream()
            .map(String::trim)
            .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
            .map(DockerComposeFileTest::trimSlashes)
            .collect(Collectors.toSet());
    assertThat(patterns).contains(".git", "data").containsAnyOf("**/target", "*/target");
  }

  // ==================================================================================== helpers

  /**
   * Walks up from the working directory to the repository root (docker-compose.yml beside mvnw).
   */
  private static Path repositoryRoot() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("docker-compose.yml"))
          && Files.isRegularFile(d.resolve("mvnw"))) {
        return d;
      }
    }
    throw new AssertionError("no directory with docker-compose.yml and mvnw above " + dir);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String what) {
    assertThat(value).as(what + " is a mapping").isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static Map<String, Object> services() {
    return map(compose.get("services"), "services");
  }

  private static Map<String, Object> service(String name) {
    assertThat(services()).containsKey(name);
    return map(services().get(name), "service " + name);
  }

  private static String image(String name) {
    return String.valueOf(service(name).get("image"));
  }

  /** The service's environment, from either the mapping or the list ("KEY=value") form. */
  private static Map<String, String> environment(String name) {
    Object env = service(name).get("environment");
    Map<String, String> result = new LinkedHashMap<>();
    if (env instanceof Map<?, ?> m) {
      m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
    } else if (env instanceof List<?> list) {
      for (Object entry : list) {
        String s = String.valueOf(entry);
        int eq = s.indexOf('=');
        result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
      }
    } else {
      throw new AssertionError("service " + name + " has no environment");
    }
    return result;
  }

  private static String databaseOf(String name) {
    Matcher url =
        POSTGRES_URL.matcher(String.valueOf(environment(name).get("SPRING_DATASOURCE_URL")));
    assertThat(url.matches())
        .as("%s SPRING_DATASOURCE_URL is a PostgreSQL JDBC URL", name)
        .isTrue();
    return url.group(3).toLowerCase(Locale.ROOT);
  }

  /** A published port: the host side (the first port of a range) and the container side. */
  private record PortMapping(int published, int target) {}

  private static List<PortMapping> ports(String name) {
    Object ports = service(name).get("ports");
    if (ports == null) {
      return List.of();
    }
    assertThat(ports).as("%s ports", name).isInstanceOf(List.class);
    List<PortMapping> result = new ArrayList<>();
    for (Object port : (List<?>) ports) {
      if (port instanceof Map<?, ?> longForm) {
        Object published = longForm.get("published");
        if (published != null) {
          result.add(
              new PortMapping(
                  firstPort(String.valueOf(published)),
                  Integer.parseInt(String.valueOf(longForm.get("target")))));
        }
      } else {
        // [ip:][host[-end]:]container[-end][/protocol]
        String spec = String.valueOf(port).replaceAll("/(tcp|udp|sctp)$", "");
        String[] parts = spec.split(":");
        if (parts.length >= 2) {
          result.add(
              new PortMapping(
                  firstPort(parts[parts.length - 2]), firstPort(parts[parts.length - 1])));
        }
      }
    }
    return result;
  }

  private static int firstPort(String portOrRange) {
    return Integer.parseInt(portOrRange.split("-")[0].trim());
  }

  private static List<Integer> publishedHostPorts(String name) {
    return ports(name).stream().map(PortMapping::published).toList();
  }

  private static int containerPortPublishedAt(String name, int hostPort) {
    return ports(name).stream()
        .filter(p -> p.published() == hostPort)
        .map(PortMapping::target)
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " does not publish host port " + hostPort));
  }

  private static List<String> splitList(String value) {
    assertThat(value).isNotNull();
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** "NAME://host:port,..." to NAME -> "host:port". */
  private static Map<String, String> listenerAddresses(String listeners) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String listener : splitList(listeners)) {
      int sep = listener.indexOf("://");
      assertThat(sep).as("listener %s", listener).isPositive();
      result.put(listener.substring(0, sep), listener.substring(sep + 3));
    }
    return result;
  }

  private static Map<String, Integer> listenerPorts(String listeners) {
    Map<String, Integer> result = new LinkedHashMap<>();
    listenerAddresses(listeners)
        .forEach(
            (name, address) ->
                result.put(
                    name, Integer.parseInt(address.substring(address.lastIndexOf(':') + 1))));
    return result;
  }

  private static Optional<String> listenerOnPort(String listeners, int port) {
    return listenerPorts(listeners).entrySet().stream()
        .filter(e -> e.getValue() == port)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Volume entries as [source, target], from the short ("src:dst[:mode]") or the long form. */
  private static List<String[]> volumes(String name) {
    Object volumes = service(name).get("volumes");
    List<String[]> result = new ArrayList<>();
    if (volumes instanceof List<?> list) {
      for (Object volume : list) {
        if (volume instanceof Map<?, ?> longForm) {
          result.add(
              new String[] {
                String.valueOf(longForm.get("source")), String.valueOf(longForm.get("target"))
              });
        } else {
          String[] parts = String.valueOf(volume).split(":");
          if (parts.length >= 2) {
            result.add(new String[] {parts[0], parts[1]});
          }
        }
      }
    }
    return result;
  }

  /** The named volume (declared under the top-level volumes key) mounted at the path, if any. */
  private static Optional<String> namedVolumeMountedAt(String name, String path) {
    Object declared = compose.get("volumes");
    Set<String> named =
        declared instanceof Map<?, ?> m
            ? m.keySet().stream().map(String::valueOf).collect(Collectors.toSet())
            : Set.of();
    return volumes(name).stream()
        .filter(v -> trimSlashes(v[1]).equals(trimSlashes(path)) && named.contains(v[0]))
        .map(v -> v[0])
        .findFirst();
  }

  private static Path initScriptMountedInto(String name, String directory) {
    return volumes(name).stream()
        .filter(v -> v[1].startsWith(directory) && v[1].endsWith(".sql"))
        .map(v -> root.resolve(v[0]).normalize())
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " mounts no .sql script into " + directory));
  }

  private static List<String> healthcheckTest(String name) {
    Object healthcheck = service(name).get("healthcheck");
    assertThat(healthcheck).as("%s healthcheck", name).isNotNull();
    Object test = map(healthcheck, name + ".healthcheck").get("test");
    if (test instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    assertThat(test).as("%s healthcheck test", name).isNotNull();
    return List.of("CMD-SHELL", String.valueOf(test));
  }

  /** The program a healthcheck runs: the word after CMD, or the first word of a CMD-SHELL line. */
  private static String healthcheckTool(List<String> test) {
    assertThat(test).hasSizeGreaterThanOrEqualTo(2);
    String first =
        test.get(0).equals("CMD-SHELL") ? test.get(1).trim().split("\\s+")[0] : test.get(1);
    return first.substring(first.lastIndexOf('/') + 1);
  }

  private static String stripSqlComments(String sql) {
    return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
  }

  private static String trimSlashes(String s) {
    String t = s.trim();
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/") && t.length() > 1) {
      t = t.substring(0, t.length() - 1);
    }
    return t.isEmpty() ? "." : t;
  }

  private static List<String> reactorModules() throws IOException {
    String pom = Files.readString(root.resolve("pom.xml")).replaceAll("(?s)<!--.*?-->", "");
    Matcher m = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>").matcher(pom);
    List<String> modules = new ArrayList<>();
    while (m.find()) {
      modules.add(trimSlashes(m.group(1)));
    }
    return modules;
  }

  // ---------------------------------------------------------------------- a small Dockerfile
  // reader

  private record Instruction(String keyword, String arguments) {}

  /** The Dockerfile's instructions, split into stages at each FROM (which opens its stage). */
  private static List<List<Instruction>> stages(String module) throws IOException {
    List<List<Instruction>> stages = new ArrayList<>();
    for (Instruction instruction : instructions(root.resolve(module).resolve("Dockerfile"))) {
      if (instruction.keyword().equals("FROM")) {
        stages.add(new ArrayList<>());
      }
      assertThat(stages).as("%s Dockerfile starts with FROM", module).isNotEmpty();
      stages.get(stages.size() - 1).add(instruction);
    }
    return stages;
  }

  private static List<Instruction> runtimeStage(String module) {
    try {
      List<List<Instruction>> stages = stages(module);
      assertThat(stages).as("%s Dockerfile stages", module).hasSizeGreaterThanOrEqualTo(2);
      return stages.get(stages.size() - 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fromImage(List<Instruction> stage) {
    String[] words = stage.get(0).arguments().split("\\s+");
    int i = 0;
    while (words[i].startsWith("--")) {
      i++;
    }
    return words[i];
  }

  /**
   * Joins continuation lines and drops comments (including comment lines inside a continuation).
   */
  private static List<Instruction> instructions(Path dockerfile) throws IOException {
    assertThat(dockerfile).isRegularFile();
    List<Instruction> result = new ArrayList<>();
    StringBuilder current = null;
    for (String raw : Files.readAllLines(dockerfile)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean continues = line.endsWith("\\");
      String body = continues ? line.substring(0, line.length() - 1) : line;
      current = current == null ? new StringBuilder(body) : current.append(' ').append(body);
      if (!continues) {
        String text = current.toString().trim();
        int space = text.indexOf(' ');
        result.add(
            new Instruction(
                (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT),
                space < 0 ? "" : text.substring(space + 1).trim().replaceAll("\\s+", " ")));
        current = null;
      }
    }
    return result;
  }

  /** The sources of a COPY (every argument but the options and the last, the destination). */
  private static List<String> copySources(String arguments) {
    List<String> words = new ArrayList<>(Arrays.asList(arguments.split(" ")));
    words.removeIf(w -> w.startsWith("--"));
    return words.size() < 2 ? List.of() : words.subList(0, words.size() - 1);
  }
}
