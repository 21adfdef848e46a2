package io.sellercenter.openplatform.internal;

import java.util.Map;
import java.util.function.Function;

/** A group of the platform's API methods the gateway serves, by name; each takes an authenticated call. */
interface GatewayMethods {

    Map<String, Function<GatewayCall, Map<String, Object>>> methods();
}
