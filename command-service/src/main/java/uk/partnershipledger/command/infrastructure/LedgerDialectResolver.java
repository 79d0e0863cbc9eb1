package uk.partnershipledger.command.infrastructure;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks {@link ByteaPostgreSQLDialect} whenever the datasource is PostgreSQL, so that switching the
 * database is one setting (the JDBC URL) and no one can forget the dialect that goes with it.
 * Returning null leaves every other database to Hibernate's own resolution.
 */
public class LedgerDialectResolver implements DialectResolver {

  @Override
  public Dialect resolveDialect(DialectResolutionInfo info) {
    if ("PostgreSQL".equalsIgnoreCase(info.getDatabaseName())) {
      return new ByteaPostgreSQLDialect(
          DatabaseVersion.make(info.getDatabaseMajorVersion(), info.getDatabaseMinorVersion()));
    }
    return null;
  }
}
