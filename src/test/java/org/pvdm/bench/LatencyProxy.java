package org.pvdm.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A slow link on the loopback, for benchmarks: listens on 127.0.0.1 and forwards each connection to a unix
 * socket (libvirtd's), holding every chunk {@code delayMs} in each direction (so the round trip grows by twice
 * that). Order is kept and throughput is not limited: only latency is added. This kernel has no tc netem.
 */
public final class LatencyProxy implements AutoCloseable {
    private record Chunk(ByteBuffer data, long due) {}

    private static final Chunk END = new Chunk(ByteBuffer.allocate(0), 0);

    private final ServerSocketChannel server;
    private final Path target;
    private final long delayNanos;

    public LatencyProxy(Path unixSocket, long delayMs) throws IOException {
        this.target = unixSocket;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMs);
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread accept = new Thread(this::acceptLoop, "latency-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                SocketChannel upstream = SocketChannel.open(StandardProtocolFamily.UNIX);
                upstream.connect(UnixDomainSocketAddress.of(target));
                pipe(client, upstream, "up");
                pipe(upstream, client, "down");
            } catch (IOException e) {
                if (server.isOpen()) {
                    System.err.println("latency proxy: " + e.getMessage());
                }
            }
        }
    }

    /** One reader thread and one delayed writer thread per direction. */
    private void pipe(SocketChannel from, SocketChannel to, String name) {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                // one read buffer per direction, and a copy of what was read: a fresh 64 KiB buffer per read
                // made the proxies, not the program measured, most of the benchmark's allocation
                ByteBuffer in = ByteBuffer.allocate(64 * 1024);
                while (true) {
                    in.clear();
                    if (from.read(in) < 0) {
                        break;
                    }
                    in.flip();
                    ByteBuffer b = ByteBuffer.allocate(in.remaining()).put(in).flip();
                    queue.add(new Chunk(b, System.nanoTime() + delayNanos));
                }
            } catch (IOException e) {
                // the other side closed
            }
            queue.add(END);
        }, "latency-proxy-" + name + "-read");
        Thread writer = new Thread(() -> {
            try {
                while (true) {
                    Chunk c = queue.take();
                    if (c == END) {
                        break;
                    }
                    long wait = c.due() - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    while (c.data().hasRemaining()) {
                        to.write(c.data());
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the other side closed
            }
            try {
                to.shutdownOutput();
            } catch (IOException e) {
                // already closed
            }
        }, "latency-proxy-" + name + "-write");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
