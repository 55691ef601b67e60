package org.pvdm.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

/**
 * A slow link on the loopback, for benchmarks: listens on 127.0.0.1 and forwards each connection to a unix
 * socket (libvirtd's), holding every chunk {@code delayMs} in each direction (so the round trip grows by twice
 * that). Order is kept and throughput is not limited: only latency is added. This kernel has no tc netem.
 *
 * <p>One thread per proxy runs every connection with a selector, waking when data arrives or a held chunk falls
 * due. The link stands for a network whose cost is not on this machine: with a reader and a writer thread per
 * direction and connection (the first version), 20 proxied hosts spent as much CPU handing chunks between
 * threads as the program measured spent listing its guests.
 */
public final class LatencyProxy implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;

    /** A chunk read from one side, due to be written to the other at {@code due} (System.nanoTime). */
    private record Chunk(ByteBuffer data, long due) {}

    /** One direction of one connection: chunks held in order, and whether the source has ended. */
    private static final class Direction {
        final SocketChannel from;
        final SocketChannel to;
        final ArrayDeque<Chunk> held = new ArrayDeque<>();
        boolean ended;
        Direction peer;

        Direction(SocketChannel from, SocketChannel to) {
            this.from = from;
            this.to = to;
        }
    }

    private final ServerSocketChannel server;
    private final Selector selector;
    private final Path target;
    private final long delayNanos;
    private final ByteBuffer in = ByteBuffer.allocate(BUFFER);
    private final ArrayDeque<Direction> directions = new ArrayDeque<>();
    private final Thread loop;

    public LatencyProxy(Path unixSocket, long delayMs) throws IOException {
        this.target = unixSocket;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMs);
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        loop = new Thread(this::run, "latency-proxy-" + port());
        loop.setDaemon(true);
        loop.start();
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    private void run() {
        try {
            while (server.isOpen()) {
                long now = System.nanoTime();
                long wait = writeDue(now);
                selector.select(wait < 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait + 999_999)));
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey k = keys.next();
                    keys.remove();
                    if (!k.isValid()) {
                        continue;
                    }
                    if (k.isAcceptable()) {
                        accept();
                    } else if (k.isReadable()) {
                        read((Direction) k.attachment(), k);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (server.isOpen()) {
                System.err.println("latency proxy: " + e);
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel client = server.accept();
        if (client == null) {
            return;
        }
        SocketChannel upstream = SocketChannel.open(StandardProtocolFamily.UNIX);
        upstream.connect(UnixDomainSocketAddress.of(target));
        client.configureBlocking(false);
        upstream.configureBlocking(false);
        Direction up = new Direction(client, upstream);
        Direction down = new Direction(upstream, client);
        up.peer = down;
        down.peer = up;
        client.register(selector, SelectionKey.OP_READ, up);
        upstream.register(selector, SelectionKey.OP_READ, down);
        directions.add(up);
        directions.add(down);
    }

    /** Reads what arrived and holds it; an ended source is passed on once everything before it is written. */
    private void read(Direction d, SelectionKey key) {
        in.clear();
        int n;
        try {
            n = d.from.read(in);
        } catch (IOException e) {
            n = -1;
        }
        if (n < 0) {
            d.ended = true;
            key.cancel();
            return;
        }
        in.flip();
        d.held.add(new Chunk(ByteBuffer.allocate(in.remaining()).put(in).flip(), System.nanoTime() + delayNanos));
    }

    /**
     * Writes every chunk that is due (blocking briefly if a socket buffer is full: the loopback drains fast);
     * returns the nanoseconds until the next chunk is due, or -1 when nothing is held.
     */
    private long writeDue(long now) {
        long next = -1;
        for (Iterator<Direction> it = directions.iterator(); it.hasNext();) {
            Direction d = it.next();
            while (!d.held.isEmpty() && d.held.peek().due() <= now) {
                if (!write(d, d.held.poll().data())) {
                    d.held.clear();
                    d.ended = true;
                }
            }
            if (!d.held.isEmpty()) {
                long w = d.held.peek().due() - now;
                next = next < 0 ? w : Math.min(next, w);
            } else if (d.ended) {
                shutdown(d);
                it.remove();
            }
        }
        return next;
    }

    private static boolean write(Direction d, ByteBuffer data) {
        try {
            while (data.hasRemaining()) {
                if (d.to.write(data) == 0) {
                    Thread.onSpinWait();
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void shutdown(Direction d) {
        try {
            d.to.shutdownOutput();
            if (!d.peer.from.isOpen() || d.peer.ended && d.peer.held.isEmpty()) {
                d.from.close();
                d.to.close();
            }
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        selector.wakeup();
        try {
            loop.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Direction d : directions) {
            d.from.close();
            d.to.close();
        }
        selector.close();
    }
}
