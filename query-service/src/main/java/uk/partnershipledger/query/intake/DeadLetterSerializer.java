package uk.partnershipledger.query.intake;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a dead letter's key and value back as the bytes that arrived.
 *
 * <p>A part that could not be deserialised reaches the recoverer as its raw bytes. A value that was
 * deserialised but could not be projected reaches it as a CloudEvent in binary mode, whose body is
 * exactly the message's value: its {@code ce_*} headers are copied by the recoverer, so writing the
 * body alone (rather than serialising the CloudEvent again, which would add a second set of
 * headers) leaves a faithful copy of the original on the dead-letter topic, ready to be replayed.
 */
class DeadLetterSerializer implements Serializer<Object> {

  @Override
  public byte[] serialize(String topic, Object data) {
    if (data == null || data instanceof byte[]) {
      return (byte[]) data;
    }
    if (data instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    if (data instanceof CloudEvent cloudEvent) {
      return cloudEvent.getData() == null ? null : cloudEvent.getData().toBytes();
    }
    throw new SerializationException("cannot dead-letter a " + data.getClass().getName());
  }
}
