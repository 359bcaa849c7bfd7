package org.inkstone;
public final class TMark { public static void m(String s){ if (System.getProperty("tmark")!=null) System.err.println("TMARK " + System.currentTimeMillis() + " " + Thread.currentThread().getName() + " " + s); } }
