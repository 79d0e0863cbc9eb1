package uk.partnershipledger.query.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class DurableCommitsTest {

  @TempDir Path folder;

  @Test
  void after_a_flush_the_h2_file_holds_what_was_committed() throws Exception {
    SingleConnectionDataSource readModel =
        new SingleConnectionDataSource(
            "jdbc:h2:file:" + folder.resolve("readmodel") + ";DB_CLOSE_ON_EXIT=FALSE", true);
    try {
      JdbcTemplate jdbc = new JdbcTemplate(readModel);
      jdbc.execute("create table projection_position (aggregate_id varchar(100) primary key)");
      jdbc.update("insert into projection_position values ('cdcp')");

      new DurableCommits(jdbc, readModel).flush();

      // What a kill -9 would leave: the file as it is now, while the database is still open.
      Files.copy(folder.resolve("readmodel.mv.db"), folder.resolve("survivor.mv.db"));
    } finally {
      readModel.destroy();
    }
    SingleConnectionDataSource survivor =
        new SingleConnectionDataSource("jdbc:h2:file:" + folder.resolve("survivor"), true);
    try {
      assertThat(
              new JdbcTemplate(survivor)
                  .queryForObject("select count(*) from projection_position", Integer.class))
          .isEqualTo(1);
    } finally {
      survivor.destroy();
    }
  }
}
