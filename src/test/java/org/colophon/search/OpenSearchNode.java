package org.colophon.search;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch 2.19 cluster in the test JVM, listening for HTTP on a
 * random loopback port, with the plugins an installation has by default that the index
 * needs (Netty for HTTP, the common analyzers, and reindex, which deletes by query). One
 * node serves every test class of a run: started on first use, it lives as long as the
 * test JVM (the application contexts that use it are closed only as that JVM exits), with
 * its data under {@code target/opensearch}.
 * <p>
 * A {@link Node} is made directly rather than through OpenSearch's bootstrap, which would
 * install a security manager and refuse a class path holding other jars ("jar hell").
 */
final class OpenSearchNode {

	private static OpenSearchNode shared;

	private final Path home;

	private final Node node;

	private final String uri;

	private OpenSearchNode() throws IOException, NodeValidationException {
		// Netty may already have been told the processor count by another library of the
		// run.
		System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
		Path builds = Path.of("target", "opensearch");
		Files.createDirectories(builds);
		this.home = Files.createTempDirectory(builds.toAbsolutePath(), "node");
		Settings settings = Settings.builder()
			.put("cluster.name", "colophon-test")
			.put("node.name", "colophon-test-node")
			.put("path.home", this.home.toString())
			.put("path.data", this.home.resolve("data").toString())
			.put("path.logs", this.home.resolve("logs").toString())
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", "0")
			.put("transport.port", "0")
			.put("http.type", "netty4")
			.put("transport.type", "netty4")
			// A nearly full disk of a build machine must not make the index read-only.
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.put("action.auto_create_index", false)
			.build();
		this.node = new PluginNode(new Environment(settings, this.home.resolve("config")),
				List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class));
		this.node.start();
		InetSocketAddress address = this.node.injector()
			.getInstance(HttpServerTransport.class)
			.boundAddress()
			.publishAddress()
			.address();
		this.uri = "http://" + address.getHostString() + ":" + address.getPort();
	}

	/** The node of this test run, started if it is not yet. */
	static synchronized OpenSearchNode shared() {
		if (shared == null) {
			try {
				shared = new OpenSearchNode();
			}
			catch (IOException | NodeValidationException ex) {
				throw new IllegalStateException("Could not start OpenSearch", ex);
			}
		}
		return shared;
	}

	/**
	 * The address of the node's HTTP interface, such as {@code http://127.0.0.1:41234}.
	 */
	String uri() {
		return this.uri;
	}

	/** A node with plugins from the class path, as OpenSearch's own test nodes have. */
	private static final class PluginNode extends Node {

		PluginNode(Environment environment, List<Class<? extends Plugin>> plugins) {
			super(environment, plugins, true);
		}

	}

}
