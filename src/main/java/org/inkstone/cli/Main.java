package org.inkstone.cli;
public class Main { public static void main(String[] a) {} }
