package uk.partnershipledger.example.consumer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The example's de-duplication: good for one run of the process only. It forgets everything on a
 * restart, which is safe here only because printing a line twice hurts nobody; see {@link
 * ProcessedEvents} for what a production consumer keeps instead.
 */
public final class InMemoryProcessedEvents implements ProcessedEvents {

  private final Set<String> processed = ConcurrentHashMap.newKeySet();

  @Override
  public boolean processOnce(LedgerEvent event, Runnable effect) {
    if (processed.contains(event.id())) {
      return false;
    }
    effect.run();
    // Remembered only once the effect succeeded: a failed effect is tried again on redelivery.
    processed.add(event.id());
    return true;
  }
}
