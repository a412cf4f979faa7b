/** A free TCP port on the loopback (free-port.js). */
export declare const freePort: () => Promise<number>;
