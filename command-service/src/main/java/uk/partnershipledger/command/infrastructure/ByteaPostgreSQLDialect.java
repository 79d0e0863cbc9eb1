package uk.partnershipledger.command.infrastructure;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * Stores Axon's {@code @Lob} payloads, metadata and tokens as {@code bytea} rather than {@code
 * oid}.
 *
 * <p>With {@code oid}, PostgreSQL keeps each payload as a large object that nothing ever unlinks,
 * and the payload column shows numbers instead of JSON (STACK.md, trap 5; Axon reference guide,
 * "RDBMS tuning").
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

  public ByteaPostgreSQLDialect(DatabaseVersion version) {
    super(version);
  }

  public ByteaPostgreSQLDialect() {
    super();
  }

  @Override
  protected String columnType(int sqlTypeCode) {
    return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
  }

  @Override
  protected String castType(int sqlTypeCode) {
    return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
  }

  @Override
  public void contributeTypes(
      TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
    super.contributeTypes(typeContributions, serviceRegistry);
    typeContributions
        .getTypeConfiguration()
        .getJdbcTypeRegistry()
        .addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
  }
}
